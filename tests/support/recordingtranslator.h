#pragma once
// A translator that forwards to the program's own one and remembers every lookup of the
// program's contexts that found no translation: a missing or unfinished string, or a string
// looked up under another context than lupdate filed it under.

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QTranslator>

namespace ssbtek::test {

class RecordingTranslator : public QTranslator
{
public:
    // Loads the program's translation for `language` from the resources (:/i18n).
    bool load(const QString &language) { return m_inner.load(QStringLiteral(":/i18n/ssbtek_") + language); }

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override
    {
        const QString result = m_inner.translate(context, sourceText, disambiguation, n);
        const QMutexLocker lock(&m_mutex); // answers and the review are worded in worker threads too
        ++m_lookups;
        if (result.isEmpty() && isOurs(QLatin1String(context)) && sourceText && *sourceText)
            m_missed.insert(QLatin1String(context) + QStringLiteral(" | ") + QString::fromUtf8(sourceText));
        return result;
    }
    bool isEmpty() const override { return m_inner.isEmpty(); }

    QStringList missed() const
    {
        const QMutexLocker lock(&m_mutex);
        QStringList list(m_missed.begin(), m_missed.end());
        list.sort();
        return list;
    }
    int lookups() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_lookups;
    }

private:
    // Qt's own contexts (QDialogButtonBox, QPlatformTheme, …) belong to qtbase's translation.
    static bool isOurs(const QString &context)
    {
        return !context.startsWith(QLatin1Char('Q')) || context.startsWith(QLatin1String("QueryForm"));
    }

    QTranslator m_inner;
    mutable QSet<QString> m_missed;
    mutable int m_lookups = 0;
    mutable QMutex m_mutex;
};

} // namespace ssbtek::test
