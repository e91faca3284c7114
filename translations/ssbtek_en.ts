<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessPolicy</name>
    <message numerus="yes">
        <source>While preparing an application, the period may be at most %n month(s).</source>
        <translation>
            <numerusform>While preparing an application, the period may be at most %n month.</numerusform>
            <numerusform>While preparing an application, the period may be at most %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n vehicle</numerusform>
            <numerusform>%n vehicles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n permit</numerusform>
            <numerusform>%n permits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending, net %1</source>
        <translation>
            <numerusform>%n pending, net %1</numerusform>
            <numerusform>%n pending, net %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) in the answer are not exact amounts in kronor and öre. They are shown as received, marked &quot;could not be read&quot;, and left out of the sums, which say so.</source>
        <translation>
            <numerusform>%n amount in the answer is not an exact amount in kronor and öre. It is shown as received, marked &quot;could not be read&quot;, and left out of the sums, which say so.</numerusform>
            <numerusform>%n amounts in the answer are not exact amounts in kronor and öre. They are shown as received, marked &quot;could not be read&quot;, and left out of the sums, which say so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (incomplete: %n amount(s) could not be read)</source>
        <translation>
            <numerusform>%1 (incomplete: %n amount could not be read)</numerusform>
            <numerusform>%1 (incomplete: %n amounts could not be read)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) could not be read</source>
        <translation>
            <numerusform>%n amount could not be read</numerusform>
            <numerusform>%n amounts could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unknown: %n amount(s) could not be read</source>
        <translation>
            <numerusform>unknown: %n amount could not be read</numerusform>
            <numerusform>unknown: %n amounts could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the parts name %n identities</source>
        <translation>
            <numerusform>the parts name %n identity</numerusform>
            <numerusform>the parts name %n identities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::ChangesWindow</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: the answer saved %2 (period %3 – %4) against the one asked %5 (period %6).&lt;br&gt;%n change(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: the answer saved %2 (period %3 – %4) against the one asked %5 (period %6).&lt;br&gt;%n change.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: the answer saved %2 (period %3 – %4) against the one asked %5 (period %6).&lt;br&gt;%n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::ConnectWizard</name>
    <message numerus="yes">
        <source>%1, issued by %2, valid to %3 (%n day(s) left).</source>
        <translation>
            <numerusform>%1, issued by %2, valid to %3 (%n day left).</numerusform>
            <numerusform>%1, issued by %2, valid to %3 (%n days left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::HouseholdView</name>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still asking</source>
        <translation>
            <numerusform>, %n still asking</numerusform>
            <numerusform>, %n still asking</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::ResultView</name>
    <message numerus="yes">
        <source>%n agency/agencies failed or did not answer — see the tabs marked so.</source>
        <translation>
            <numerusform>%n agency failed or did not answer — see the tab marked so.</numerusform>
            <numerusform>%n agencies failed or did not answer — see the tabs marked so.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::ReviewWindow</name>
    <message numerus="yes">
        <source>&lt;b&gt;The log is due for follow-up:&lt;/b&gt; the last review was recorded %n day(s) ago (interval: %1 days).</source>
        <translation>
            <numerusform>&lt;b&gt;The log is due for follow-up:&lt;/b&gt; the last review was recorded %n day ago (interval: %1 days).</numerusform>
            <numerusform>&lt;b&gt;The log is due for follow-up:&lt;/b&gt; the last review was recorded %n days ago (interval: %1 days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact (%n record(s))</source>
        <translation>
            <numerusform>Audit chain intact (%n record)</numerusform>
            <numerusform>Audit chain intact (%n records)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::SettingsDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Serial:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %4 – %5 (%n day(s) left)</source>
        <translation>
            <numerusform>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Serial:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %4 – %5 (%n day left)</numerusform>
            <numerusform>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Serial:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %4 – %5 (%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificate chosen: %1, %n day(s) left.</source>
        <translation>
            <numerusform>Certificate chosen: %1, %n day left.</numerusform>
            <numerusform>Certificate chosen: %1, %n days left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::TablePanel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
