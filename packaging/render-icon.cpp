// Build-time tool: renders the SVG icon to the PNG sizes of the hicolor theme.
//   ssbtek-render-icon ICON.svg OUTDIR SIZE...   → OUTDIR/SIZExSIZE/apps/<name>.png

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: ssbtek-render-icon ICON.svg OUTDIR SIZE...\n";
        return 1;
    }
    const QString name = QFileInfo(args.at(1)).completeBaseName();
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        QImageReader reader(args.at(1));
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            err << "cannot render " << args.at(1) << " at " << size << ": " << reader.errorString()
                << " (is Qt's SVG image plugin, libqt6svg6, installed?)\n";
            return 1;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        QDir().mkpath(dir);
        if (!image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"))) {
            err << "cannot write " << dir << '\n';
            return 1;
        }
    }
    return 0;
}
