<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Give the case id of the person&apos;s current case.</source>
        <translation>Ange ärende-id för personens aktuella ärende.</translation>
    </message>
    <message>
        <source>Confirm that the person belongs to a current case of your unit.</source>
        <translation>Bekräfta att personen har ett aktuellt ärende hos din enhet.</translation>
    </message>
    <message>
        <source>While preparing an application, %1 may not be asked.</source>
        <translation>När en ansökan förbereds får %1 inte tillfrågas.</translation>
    </message>
    <message numerus="yes">
        <source>While preparing an application, the period may be at most %n month(s).</source>
        <translation>
            <numerusform>När en ansökan förbereds får perioden vara högst %n månad.</numerusform>
            <numerusform>När en ansökan förbereds får perioden vara högst %n månader.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings are not valid, so no lookup is sent: %1</source>
        <translation>Inställningarna är inte giltiga, så ingen slagning skickas: %1</translation>
    </message>
    <message>
        <source>The organisation may not ask %1 (agencies/enabled).</source>
        <translation>Organisationen får inte fråga %1 (agencies/enabled).</translation>
    </message>
    <message>
        <source>This desktop is the contact centre&apos;s, but no contact-centre purpose is configured.</source>
        <translation>Den här datorn är kontaktcentrets, men inget ändamål för kontaktcentret är inställt.</translation>
    </message>
    <message>
        <source>From the contact centre, the purpose is &quot;%1&quot;.</source>
        <translation>Från kontaktcentret är ändamålet &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Agency</name>
    <message>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>CSN</source>
        <translation>CSN</translation>
    </message>
    <message>
        <source>Försäkringskassan and Pensionsmyndigheten</source>
        <translation>Försäkringskassan och Pensionsmyndigheten</translation>
    </message>
    <message>
        <source>Skatteverket</source>
        <translation>Skatteverket</translation>
    </message>
    <message>
        <source>Unemployment funds (a-kassor)</source>
        <translation>Arbetslöshetskassor (a-kassor)</translation>
    </message>
    <message>
        <source>Transportstyrelsen</source>
        <translation>Transportstyrelsen</translation>
    </message>
    <message>
        <source>Migrationsverket</source>
        <translation>Migrationsverket</translation>
    </message>
</context>
<context>
    <name>AnswerDiff</name>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Changes since the last lookup</source>
        <translation>Ändringar sedan senaste slagningen</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Inget har ändrats.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>language of the window and messages: sv or en; empty: the system&apos;s</source>
        <translation>språk i fönster och meddelanden: sv eller en; tomt: systemets</translation>
    </message>
    <message>
        <source>SSBTEK endpoint (https://…); empty: the built-in simulator</source>
        <translation>SSBTEK:s adress (https://…); tom: den inbyggda simulatorn</translation>
    </message>
    <message>
        <source>SSBTEK version: 10 or 11</source>
        <translation>SSBTEK-version: 10 eller 11</translation>
    </message>
    <message>
        <source>the asking organisation&apos;s number (NNNNNN-NNNN)</source>
        <translation>den frågande organisationens nummer (NNNNNN-NNNN)</translation>
    </message>
    <message>
        <source>the asking organisation&apos;s name</source>
        <translation>den frågande organisationens namn</translation>
    </message>
    <message>
        <source>caseworker identity sent with each query; empty: the login name</source>
        <translation>handläggaridentitet som skickas med varje fråga; tom: inloggningsnamnet</translation>
    </message>
    <message>
        <source>the municipality&apos;s LEFI actor id (aktörsid)</source>
        <translation>kommunens LEFI-aktörsid</translation>
    </message>
    <message>
        <source>LEFI API version, e.g. v9</source>
        <translation>LEFI-API:ets version, t.ex. v9</translation>
    </message>
    <message>
        <source>client certificate and key (PKCS#12)</source>
        <translation>klientcertifikat och nyckel (PKCS#12)</translation>
    </message>
    <message>
        <source>file with the PKCS#12 passphrase (else asked for, never stored)</source>
        <translation>fil med lösenfrasen till PKCS#12 (annars frågas den efter, sparas aldrig)</translation>
    </message>
    <message>
        <source>client certificate (PEM)</source>
        <translation>klientcertifikat (PEM)</translation>
    </message>
    <message>
        <source>client private key (PEM)</source>
        <translation>klientens privata nyckel (PEM)</translation>
    </message>
    <message>
        <source>CA certificates to trust (PEM); empty: the system&apos;s trust store</source>
        <translation>CA-certifikat att lita på (PEM); tomt: systemets betrodda certifikat</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>tidsgräns för anslutning</translation>
    </message>
    <message>
        <source>answer timeout</source>
        <translation>tidsgräns för svar</translation>
    </message>
    <message>
        <source>larger answers are refused</source>
        <translation>större svar tas inte emot</translation>
    </message>
    <message>
        <source>default purpose</source>
        <translation>förvalt ändamål</translation>
    </message>
    <message>
        <source>default legal basis</source>
        <translation>förvald rättslig grund</translation>
    </message>
    <message>
        <source>purposes offered in the window</source>
        <translation>ändamål att välja bland i fönstret</translation>
    </message>
    <message>
        <source>legal bases offered in the window</source>
        <translation>rättsliga grunder att välja bland i fönstret</translation>
    </message>
    <message>
        <source>sqlite or postgres</source>
        <translation>sqlite eller postgres</translation>
    </message>
    <message>
        <source>SQLite file; empty: the user&apos;s data directory</source>
        <translation>SQLite-fil; tom: användarens datakatalog</translation>
    </message>
    <message>
        <source>PostgreSQL host</source>
        <translation>PostgreSQL-värd</translation>
    </message>
    <message>
        <source>PostgreSQL port</source>
        <translation>PostgreSQL-port</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>PostgreSQL-databas</translation>
    </message>
    <message>
        <source>PostgreSQL login; empty: the caseworker identity</source>
        <translation>PostgreSQL-inloggning; tom: handläggaridentiteten</translation>
    </message>
    <message>
        <source>file with the PostgreSQL password (read when used)</source>
        <translation>fil med PostgreSQL-lösenordet (läses när det behövs)</translation>
    </message>
    <message>
        <source>delete saved answers older than this; 0: keep</source>
        <translation>radera sparade svar äldre än så här; 0: behåll</translation>
    </message>
    <message>
        <source>further endpoints, one per version: 10=https://…, 11=https://…</source>
        <translation>fler adresser, en per version: 10=https://…, 11=https://…</translation>
    </message>
    <message>
        <source>personuppgiftsbiträde: organisation number (optional)</source>
        <translation>personuppgiftsbiträde: organisationsnummer (frivilligt)</translation>
    </message>
    <message>
        <source>personuppgiftsbiträde: name</source>
        <translation>personuppgiftsbiträde: namn</translation>
    </message>
    <message>
        <source>personuppgiftsbiträde: ordningsnummer (0: not sent)</source>
        <translation>personuppgiftsbiträde: ordningsnummer (0: skickas inte)</translation>
    </message>
    <message>
        <source>Unknown SSBTEK version &quot;%1&quot;; known: 10, 11.</source>
        <translation>Okänd SSBTEK-version &quot;%1&quot;; kända: 10, 11.</translation>
    </message>
    <message>
        <source>The organisation name is missing.</source>
        <translation>Organisationens namn saknas.</translation>
    </message>
    <message>
        <source>The LEFI actor id is missing: Försäkringskassan cannot be asked.</source>
        <translation>LEFI-aktörsid saknas: Försäkringskassan kan inte tillfrågas.</translation>
    </message>
    <message>
        <source>No client certificate is configured: SSBTEK requires one.</source>
        <translation>Inget klientcertifikat är inställt: SSBTEK kräver ett.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>klientcertifikatet</translation>
    </message>
    <message>
        <source>A personuppgiftsbiträde needs a valid organisation number and a name.</source>
        <translation>Ett personuppgiftsbiträde behöver ett giltigt organisationsnummer och ett namn.</translation>
    </message>
    <message>
        <source>Timeouts must be at least one second.</source>
        <translation>Tidsgränser måste vara minst en sekund.</translation>
    </message>
    <message>
        <source>The answer size limit must be between 1 and 1024 MB.</source>
        <translation>Gränsen för svarets storlek måste vara mellan 1 och 1024 MB.</translation>
    </message>
    <message>
        <source>A PostgreSQL store needs a host and a database.</source>
        <translation>En PostgreSQL-databas kräver en värd och ett databasnamn.</translation>
    </message>
    <message>
        <source>Retention days cannot be negative.</source>
        <translation>Antalet dagar att spara kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The language must be sv or en (or empty for the system&apos;s).</source>
        <translation>Språket måste vara sv eller en (eller tomt för systemets).</translation>
    </message>
    <message>
        <source>Beslut om eller kontroll av ekonomiskt bistånd</source>
        <translation>Beslut om eller kontroll av ekonomiskt bistånd</translation>
    </message>
    <message>
        <source>log follow-up: office hours, e.g. 07:00-18:00 (weekends are outside)</source>
        <translation>loggkontroll: kontorstid, t.ex. 07:00-18:00 (helger räknas som utanför)</translation>
    </message>
    <message>
        <source>log follow-up: this many distinct persons by one caseworker …</source>
        <translation>loggkontroll: så här många olika personer av en handläggare …</translation>
    </message>
    <message>
        <source>… within this many minutes</source>
        <translation>… inom så här många minuter</translation>
    </message>
    <message>
        <source>log follow-up: a person looked up by this many caseworkers</source>
        <translation>loggkontroll: en person som slagits upp av så här många handläggare</translation>
    </message>
    <message>
        <source>log follow-up: this many lookups of one person with nothing saved</source>
        <translation>loggkontroll: så här många slagningar på en person utan sparat svar</translation>
    </message>
    <message>
        <source>The log follow-up&apos;s thresholds must be at least 2 (minutes at least 1).</source>
        <translation>Gränserna för loggkontrollen måste vara minst 2 (minuter minst 1).</translation>
    </message>
    <message>
        <source>agencies the organisation may ask, e.g. AF,CSN,FK,SKV,SO,MIV; empty: all</source>
        <translation>myndigheter som organisationen får fråga, t.ex. AF,CSN,FK,SKV,SO,MIV; tomt: alla</translation>
    </message>
    <message>
        <source>Unknown agency code &quot;%1&quot;; known: AF, CSN, FK, SKV, SO, TNS, MIV.</source>
        <translation>Okänd myndighetskod &quot;%1&quot;; kända: AF, CSN, FK, SKV, SO, TNS, MIV.</translation>
    </message>
    <message>
        <source>At least one agency must be enabled.</source>
        <translation>Minst en myndighet måste vara tillåten.</translation>
    </message>
    <message>
        <source>log follow-up: remind when no review was recorded for this many days</source>
        <translation>loggkontroll: påminn när ingen granskning har registrerats på så här många dagar</translation>
    </message>
    <message>
        <source>every lookup needs a case id and the caseworker&apos;s confirmation (true/false)</source>
        <translation>varje slagning kräver ärende-id och handläggarens bekräftelse (true/false)</translation>
    </message>
    <message>
        <source>the contact centre&apos;s purpose, e.g. &quot;Förbereder ansökan&quot;; empty: none</source>
        <translation>kontaktcentrets ändamål, t.ex. &quot;Förbereder ansökan&quot;; tomt: inget</translation>
    </message>
    <message>
        <source>agencies the contact centre may ask, e.g. AF,CSN,FK</source>
        <translation>myndigheter som kontaktcentret får fråga, t.ex. AF,CSN,FK</translation>
    </message>
    <message>
        <source>the contact centre&apos;s longest period, in months</source>
        <translation>kontaktcentrets längsta period, i månader</translation>
    </message>
    <message>
        <source>a household lookup&apos;s calls to SSBTEK running at once (1–10)</source>
        <translation>en hushållsslagnings anrop till SSBTEK som körs samtidigt (1–10)</translation>
    </message>
    <message>
        <source>A household&apos;s concurrent calls must be between 1 and 10.</source>
        <translation>Ett hushålls samtidiga anrop måste vara mellan 1 och 10.</translation>
    </message>
    <message>
        <source>delete audit records older than this (the deletion is audited); 0: keep</source>
        <translation>radera loggposter äldre än så här (raderingen loggas); 0: behåll</translation>
    </message>
    <message>
        <source>No legal basis in force is configured, so no lookup is sent: set the municipality&apos;s wording (query/legalBasis, and query/legalBasisPresets for more).</source>
        <translation>Ingen gällande rättslig grund är inställd, så ingen slagning skickas: ange kommunens formulering (query/legalBasis, och query/legalBasisPresets för fler).</translation>
    </message>
    <message>
        <source>%1 It is not offered; set the wording in force.</source>
        <translation>%1 Den erbjuds inte; ange den formulering som gäller.</translation>
    </message>
    <message>
        <source>this desktop is the contact centre&apos;s: its limits hold for every lookup (true/false)</source>
        <translation>den här datorn är kontaktcentrets: dess gränser gäller varje slagning (true/false)</translation>
    </message>
    <message>
        <source>Audit records are kept at least %1 days.</source>
        <translation>Loggposter sparas minst %1 dagar.</translation>
    </message>
    <message>
        <source>A contact-centre desktop needs the contact centre&apos;s purpose.</source>
        <translation>En dator på kontaktcentret behöver kontaktcentrets ändamål.</translation>
    </message>
    <message>
        <source>The contact centre&apos;s longest period must be at least one month.</source>
        <translation>Kontaktcentrets längsta period måste vara minst en månad.</translation>
    </message>
    <message>
        <source>the endpoint is the municipality&apos;s ssbtek-gateway: the client certificate is the caseworker&apos;s own (true/false)</source>
        <translation>adressen är kommunens ssbtek-gateway: klientcertifikatet är handläggarens eget (true/false)</translation>
    </message>
    <message>
        <source>No client certificate is configured: the gateway knows you by your personal certificate (tls/certificate and tls/key, or tls/pkcs12).</source>
        <translation>Inget klientcertifikat är inställt: gatewayen känner igen dig på ditt personliga certifikat (tls/certificate och tls/key, eller tls/pkcs12).</translation>
    </message>
    <message>
        <source>A gateway needs its address: set endpoint/url to the gateway&apos;s.</source>
        <translation>En gateway behöver sin adress: ange gatewayens adress i endpoint/url.</translation>
    </message>
    <message>
        <source>your personal certificate</source>
        <translation>ditt personliga certifikat</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 ska vara true eller false.</translation>
    </message>
    <message>
        <source>Not used: the built-in simulator asks for no certificate.</source>
        <translation>Används inte: den inbyggda simulatorn kräver inget certifikat.</translation>
    </message>
    <message>
        <source>Yours, personal: the gateway knows you by it and alone holds the organisation&apos;s certificate.</source>
        <translation>Ditt, personligt: gatewayen känner igen dig på det och har ensam organisationens certifikat.</translation>
    </message>
    <message>
        <source>The organisation&apos;s: SSBTEK knows the municipality by it.</source>
        <translation>Organisationens: SSBTEK känner igen kommunen på det.</translation>
    </message>
    <message>
        <source>the latest</source>
        <translation>den senaste</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Sökningar</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>Åtkomstregler</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>Logguppföljning</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>The address is the municipality&apos;s gateway</source>
        <translation>Adressen är kommunens gateway</translation>
    </message>
    <message>
        <source>SSBTEK version</source>
        <translation>SSBTEK-version</translation>
    </message>
    <message>
        <source>Addresses of other versions</source>
        <translation>Adresser för andra versioner</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Tidsgräns för anslutning</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Answer timeout</source>
        <translation>Tidsgräns för svar</translation>
    </message>
    <message>
        <source>Largest answer</source>
        <translation>Största svar</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>A household&apos;s calls at once</source>
        <translation>Ett hushålls anrop samtidigt</translation>
    </message>
    <message>
        <source>Certificate and key (PKCS#12)</source>
        <translation>Certifikat och nyckel (PKCS#12)</translation>
    </message>
    <message>
        <source>Passphrase file (PKCS#12)</source>
        <translation>Fil med lösenfras (PKCS#12)</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>Certifikat (PEM)</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Privat nyckel (PEM)</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Betrodda CA-certifikat</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <source>Caseworker identity</source>
        <translation>Handläggaridentitet</translation>
    </message>
    <message>
        <source>LEFI actor id</source>
        <translation>LEFI-aktörsid</translation>
    </message>
    <message>
        <source>LEFI version</source>
        <translation>LEFI-version</translation>
    </message>
    <message>
        <source>Data processor&apos;s organisation number</source>
        <translation>Personuppgiftsbiträdets organisationsnummer</translation>
    </message>
    <message>
        <source>Data processor&apos;s name</source>
        <translation>Personuppgiftsbiträdets namn</translation>
    </message>
    <message>
        <source>Data processor&apos;s order number</source>
        <translation>Personuppgiftsbiträdets ordningsnummer</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>skickas inte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>systemets</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Default purpose</source>
        <translation>Förvalt syfte</translation>
    </message>
    <message>
        <source>Purposes offered</source>
        <translation>Syften att välja bland</translation>
    </message>
    <message>
        <source>Default legal basis</source>
        <translation>Förvalt lagrum</translation>
    </message>
    <message>
        <source>Legal bases offered</source>
        <translation>Lagrum att välja bland</translation>
    </message>
    <message>
        <source>Agencies that may be asked</source>
        <translation>Myndigheter som får frågas</translation>
    </message>
    <message>
        <source>Every lookup needs a case id and a confirmation</source>
        <translation>Varje sökning kräver ärendenummer och bekräftelse</translation>
    </message>
    <message>
        <source>This desktop is the contact centre&apos;s</source>
        <translation>Den här datorn är kontaktcentrets</translation>
    </message>
    <message>
        <source>Contact centre&apos;s purpose</source>
        <translation>Kontaktcentrets syfte</translation>
    </message>
    <message>
        <source>Contact centre&apos;s agencies</source>
        <translation>Kontaktcentrets myndigheter</translation>
    </message>
    <message>
        <source>Contact centre&apos;s longest period</source>
        <translation>Kontaktcentrets längsta period</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <source>SQLite file (this computer)</source>
        <translation>SQLite-fil (den här datorn)</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared)</source>
        <translation>PostgreSQL-server (delad)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-fil</translation>
    </message>
    <message>
        <source>PostgreSQL login</source>
        <translation>PostgreSQL-inloggning</translation>
    </message>
    <message>
        <source>PostgreSQL password file</source>
        <translation>Fil med PostgreSQL-lösenord</translation>
    </message>
    <message>
        <source>Keep saved answers</source>
        <translation>Behåll sparade svar</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>Keep audit records</source>
        <translation>Behåll loggposter</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Kontorstid</translation>
    </message>
    <message>
        <source>Many persons</source>
        <translation>Många personer</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>… within</source>
        <translation>… inom</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>One person, many caseworkers</source>
        <translation>En person, många handläggare</translation>
    </message>
    <message>
        <source>caseworkers</source>
        <translation>handläggare</translation>
    </message>
    <message>
        <source>Repeated lookups, nothing saved</source>
        <translation>Upprepade sökningar, inget sparat</translation>
    </message>
    <message>
        <source>lookups</source>
        <translation>sökningar</translation>
    </message>
    <message>
        <source>Review reminder</source>
        <translation>Påminnelse om granskning</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>för alltid</translation>
    </message>
    <message>
        <source>Folder for saved files</source>
        <translation>Mapp för sparade filer</translation>
    </message>
    <message>
        <source>where Save as PDF and exports start, e.g. the case system&apos;s import folder; empty: Documents</source>
        <translation>där Spara som PDF och exporter börjar, t.ex. verksamhetssystemets importmapp; tomt: Dokument</translation>
    </message>
    <message>
        <source>Also save the answer as JSON beside its PDF</source>
        <translation>Spara även svaret som JSON bredvid PDF:en</translation>
    </message>
    <message>
        <source>for case systems that import data: ssbtek-cli&apos;s documented JSON, same name, .json (true/false)</source>
        <translation>för verksamhetssystem som importerar data: ssbtek-cli:s dokumenterade JSON, samma namn, .json (true/false)</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>sent; the answer is recorded next</source>
        <translation>skickad; svaret loggas härnäst</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>interrupted: the program ended during the lookup</source>
        <translation>avbruten: programmet avslutades under slagningen</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>raderade</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>inget svar: %1</translation>
    </message>
    <message>
        <source>refused by the gateway: %1</source>
        <translation>nekad av gatewayen: %1</translation>
    </message>
    <message>
        <source>saved answer opened: %1</source>
        <translation>sparat svar öppnat: %1</translation>
    </message>
    <message>
        <source>protected identity&apos;s details shown (%1)</source>
        <translation>uppgifter om skyddad identitet visade (%1)</translation>
    </message>
    <message>
        <source>error from %1</source>
        <translation>fel från %1</translation>
    </message>
    <message>
        <source>data from %1</source>
        <translation>uppgifter från %1</translation>
    </message>
    <message>
        <source>nothing at %1</source>
        <translation>inget hos %1</translation>
    </message>
    <message>
        <source>not asked: %1</source>
        <translation>ej tillfrågade: %1</translation>
    </message>
    <message>
        <source>PROTECTED IDENTITY; %1</source>
        <translation>SKYDDAD IDENTITET; %1</translation>
    </message>
    <message>
        <source>any outcome</source>
        <translation>alla utfall</translation>
    </message>
    <message>
        <source>an agency answered with an error</source>
        <translation>en myndighet svarade med fel</translation>
    </message>
    <message>
        <source>no answer (failed)</source>
        <translation>inget svar (misslyckad)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>avbruten av programslut</translation>
    </message>
    <message>
        <source>refused by the gateway</source>
        <translation>nekad av gatewayen</translation>
    </message>
    <message>
        <source>protected identity</source>
        <translation>skyddad identitet</translation>
    </message>
</context>
<context>
    <name>CertificateChooser</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan inte läsas.</translation>
    </message>
    <message>
        <source>%1 is neither a PKCS#12 file nor a PEM certificate.</source>
        <translation>%1 är varken en PKCS#12-fil eller ett PEM-certifikat.</translation>
    </message>
    <message>
        <source>%1 holds the certificate only: choose its private key too.</source>
        <translation>%1 innehåller bara certifikatet: välj även dess privata nyckel.</translation>
    </message>
    <message>
        <source>Choose certificate</source>
        <translation>Välj certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx *.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikat (*.p12 *.pfx *.pem *.crt *.cer);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Lösenfras för %1:</translation>
    </message>
    <message>
        <source>Certificate passphrase</source>
        <translation>Certifikatets lösenfras</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Välj den privata nyckeln</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Nycklar (*.key *.pem);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>The %1 expired on %2. Connections will fail until it is renewed.</source>
        <translation>Giltigheten för %1 tog slut %2. Anslutningar misslyckas tills det har förnyats.</translation>
    </message>
    <message>
        <source>The %1 expires in %2 days (%3): ask IT to renew it.</source>
        <translation>Giltigheten för %1 tar slut om %2 dagar (%3): be IT förnya det.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>The built-in simulator could not start: </source>
        <translation>Den inbyggda simulatorn kunde inte starta: </translation>
    </message>
    <message>
        <source>Testmiljö — fiktiva uppgifter: the built-in simulator answers (no endpoint is configured).</source>
        <translation>Testmiljö — fiktiva uppgifter: den inbyggda simulatorn svarar (ingen adress är inställd).</translation>
    </message>
    <message>
        <source>Read settings from this INI file instead of the user&apos;s settings.</source>
        <translation>Läs inställningarna från den här INI-filen i stället för användarens.</translation>
    </message>
    <message>
        <source>SSBTEK endpoint URL (https://…; http:// only to 127.0.0.1).</source>
        <translation>SSBTEK:s adress (https://…; http:// bara till 127.0.0.1).</translation>
    </message>
    <message>
        <source>SSBTEK version: 10 or 11.</source>
        <translation>SSBTEK-version: 10 eller 11.</translation>
    </message>
    <message>
        <source>Client certificate and key, PKCS#12.</source>
        <translation>Klientcertifikat och nyckel, PKCS#12.</translation>
    </message>
    <message>
        <source>File holding the PKCS#12 passphrase.</source>
        <translation>Fil med lösenfrasen till PKCS#12.</translation>
    </message>
    <message>
        <source>Client certificate, PEM.</source>
        <translation>Klientcertifikat, PEM.</translation>
    </message>
    <message>
        <source>Client private key, PEM.</source>
        <translation>Klientens privata nyckel, PEM.</translation>
    </message>
    <message>
        <source>CA certificates to trust, PEM (default: the system&apos;s).</source>
        <translation>CA-certifikat att lita på, PEM (förval: systemets).</translation>
    </message>
    <message>
        <source>Answer timeout in seconds.</source>
        <translation>Tidsgräns för svar i sekunder.</translation>
    </message>
    <message>
        <source>Connect timeout in seconds.</source>
        <translation>Tidsgräns för anslutning i sekunder.</translation>
    </message>
    <message>
        <source>The asking organisation&apos;s number.</source>
        <translation>Den frågande organisationens nummer.</translation>
    </message>
    <message>
        <source>The asking organisation&apos;s name.</source>
        <translation>Den frågande organisationens namn.</translation>
    </message>
    <message>
        <source>Caseworker identity sent with the query (default: login name).</source>
        <translation>Handläggaridentitet som skickas med frågan (förval: inloggningsnamnet).</translation>
    </message>
    <message>
        <source>The municipality&apos;s LEFI actor id (aktörsid).</source>
        <translation>Kommunens LEFI-aktörsid.</translation>
    </message>
    <message>
        <source>query: personnummer or samordningsnummer.</source>
        <translation>query: personnummer eller samordningsnummer.</translation>
    </message>
    <message>
        <source>query: first day, YYYY-MM-DD.</source>
        <translation>query: första dag, ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>query: last day, YYYY-MM-DD.</source>
        <translation>query: sista dag, ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>query: agencies to ask, e.g. AF,CSN,FK (default: all).</source>
        <translation>query: myndigheter att fråga, t.ex. AF,CSN,FK (förval: alla).</translation>
    </message>
    <message>
        <source>query: case id, at most 31 characters (default: generated).</source>
        <translation>query: ärende-id, högst 31 tecken (förval: skapas automatiskt).</translation>
    </message>
    <message>
        <source>query: purpose of the request.</source>
        <translation>query: frågans ändamål.</translation>
    </message>
    <message>
        <source>query: legal basis of the request.</source>
        <translation>query: frågans rättsliga grund.</translation>
    </message>
    <message>
        <source>query: also save the SOAP answer, exactly as received, to this file.</source>
        <translation>query: spara även SOAP-svaret, precis som det kom, i den här filen.</translation>
    </message>
    <message>
        <source>Output: json (default when not a terminal) or text.</source>
        <translation>Utdata: json (förval när utdata inte är en terminal) eller text.</translation>
    </message>
    <message>
        <source>The SQLite store (audit log and saved results) to use.</source>
        <translation>SQLite-databasen (loggen och sparade svar) som ska användas.</translation>
    </message>
    <message>
        <source>audit list: only this caseworker&apos;s records.</source>
        <translation>audit list: bara den här handläggarens poster.</translation>
    </message>
    <message>
        <source>Give a readable file with a saved SOAP answer: ssbtek-cli parse FILE</source>
        <translation>Ange en läsbar fil med ett sparat SOAP-svar: ssbtek-cli parse FIL</translation>
    </message>
    <message>
        <source>The file is larger than the answer size limit in the settings.</source>
        <translation>Filen är större än gränsen för svarets storlek i inställningarna.</translation>
    </message>
    <message>
        <source>The file is in no known SSBTEK version&apos;s namespace.</source>
        <translation>Filen hör inte till någon känd SSBTEK-versions namnrymd.</translation>
    </message>
    <message>
        <source>Unknown agency code: </source>
        <translation>Okänd myndighetskod: </translation>
    </message>
    <message>
        <source>The answer could not be read: </source>
        <translation>Svaret kunde inte läsas: </translation>
    </message>
    <message>
        <source>BROKEN: </source>
        <translation>BRUTEN: </translation>
    </message>
    <message>
        <source> (%1 records checked)</source>
        <translation> (%1 poster kontrollerade)</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 records.</source>
        <translation>Loggkedjan är obruten: %1 poster.</translation>
    </message>
    <message>
        <source>Personnummer: </source>
        <translation>Personnummer: </translation>
    </message>
    <message>
        <source># system-wide: %1
# user: %2
</source>
        <translation># hela systemet: %1
# användaren: %2
</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, låst</translation>
    </message>
    <message>
        <source>WARNING </source>
        <translation>VARNING </translation>
    </message>
    <message>
        <source>ERROR   </source>
        <translation>FEL     </translation>
    </message>
    <message>
        <source>The configuration is valid.</source>
        <translation>Inställningarna är giltiga.</translation>
    </message>
    <message>
        <source> (No endpoint: the built-in simulator.)</source>
        <translation> (Ingen adress: den inbyggda simulatorn.)</translation>
    </message>
    <message>
        <source>Use: ssbtek-cli config show | config check</source>
        <translation>Användning: ssbtek-cli config show | config check</translation>
    </message>
    <message>
        <source>Give --days N (or set store/retentionDays): how old a saved answer may get.</source>
        <translation>Ange --days N (eller ställ in store/retentionDays): hur gammalt ett sparat svar får bli.</translation>
    </message>
    <message>
        <source>Deleted %1 saved answer(s) older than %2 days; the deletion is in the audit log.</source>
        <translation>Raderade %1 sparade svar äldre än %2 dagar; raderingen finns i loggen.</translation>
    </message>
    <message>
        <source>Give the period as --from YYYY-MM-DD --to YYYY-MM-DD, the start not after the end.</source>
        <translation>Ange perioden som --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD, med starten före eller lika med slutet.</translation>
    </message>
    <message>
        <source> (known: AF, CSN, FK, SKV, SO, TNS, MIV)</source>
        <translation> (kända: AF, CSN, FK, SKV, SO, TNS, MIV)</translation>
    </message>
    <message>
        <source>The audit log cannot be written, so the query was not sent: </source>
        <translation>Loggen kan inte skrivas, så frågan skickades inte: </translation>
    </message>
    <message>
        <source>Language of the output: sv or en (default: the setting, else the system&apos;s).</source>
        <translation>Språk för utdata: sv eller en (förval: inställningen, annars systemets).</translation>
    </message>
    <message>
        <source>audit list: only lookups showing this follow-up pattern: outside-hours, many-persons, many-caseworkers, lone-case-id, repeated-unsaved.</source>
        <translation>audit list: bara slagningar som visar det här mönstret: outside-hours, many-persons, many-caseworkers, lone-case-id, repeated-unsaved.</translation>
    </message>
    <message>
        <source>Unknown pattern; known: %1</source>
        <translation>Okänt mönster; kända: %1</translation>
    </message>
    <message>
        <source>audit review: what the review found.</source>
        <translation>audit review: vad granskningen fann.</translation>
    </message>
    <message>
        <source>audit review: what is done about it.</source>
        <translation>audit review: vad som görs åt det.</translation>
    </message>
    <message>
        <source>audit review: the filters and patterns used.</source>
        <translation>audit review: filter och mönster som användes.</translation>
    </message>
    <message>
        <source>Give the period reviewed (--from, --to) and --findings; --follow-up and --filters are optional.</source>
        <translation>Ange den granskade perioden (--from, --to) och --findings; --follow-up och --filters kan utelämnas.</translation>
    </message>
    <message>
        <source>Review recorded as audit record %1.</source>
        <translation>Granskningen registrerad som loggpost %1.</translation>
    </message>
    <message>
        <source>query: confirm that the person belongs to a current case of your unit.</source>
        <translation>query: bekräfta att personen har ett aktuellt ärende hos din enhet.</translation>
    </message>
    <message>
        <source> (--case-id ID --current-case)</source>
        <translation> (--case-id ID --current-case)</translation>
    </message>
    <message>
        <source>query: also keep the answer in the store, as the window&apos;s Save does; its id is printed (for diff).</source>
        <translation>query: spara även svaret i databasen, som Spara i fönstret gör; dess id skrivs ut (för diff).</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparat som %1.</translation>
    </message>
    <message>
        <source>The answer could not be saved: </source>
        <translation>Svaret kunde inte sparas: </translation>
    </message>
    <message>
        <source>Use: ssbtek-cli diff SAVED_ID_A SAVED_ID_B (the earlier first)</source>
        <translation>Användning: ssbtek-cli diff SPARAT_ID_A SPARAT_ID_B (det tidigare först)</translation>
    </message>
    <message>
        <source>The two saved results are about different persons.</source>
        <translation>De två sparade svaren gäller olika personer.</translation>
    </message>
    <message>
        <source>query: the co-applicant (medsökande) of a household lookup.</source>
        <translation>query: medsökande i en hushållsslagning.</translation>
    </message>
    <message>
        <source>query: a child in a household lookup (repeat for each).</source>
        <translation>query: ett barn i en hushållsslagning (upprepa för varje barn).</translation>
    </message>
    <message>
        <source>Co-applicant</source>
        <translation>Medsökande</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Household: net income per month</source>
        <translation>Hushållet: nettoinkomst per månad</translation>
    </message>
    <message>
        <source>Not in the sums: </source>
        <translation>Inte med i summorna: </translation>
    </message>
    <message>
        <source>retention, audit retention: delete saved answers (audit records) older than this many days.</source>
        <translation>retention, audit retention: radera sparade svar (loggposter) som är äldre än så här många dagar.</translation>
    </message>
    <message>
        <source> Audit retention deleted the records through %1; the chain is anchored there.</source>
        <translation> Gallringen av loggen raderade posterna till och med %1; kedjan är förankrad där.</translation>
    </message>
    <message>
        <source>Give --days N (or set store/auditRetentionDays): how old an audit record may get.</source>
        <translation>Ange --days N (eller ställ in store/auditRetentionDays): hur gammal en loggpost får bli.</translation>
    </message>
    <message>
        <source>Deleted %1 audit record(s) older than %2 days; a record of the deletion is in the chain.</source>
        <translation>Raderade %1 loggposter äldre än %2 dagar; en post om raderingen finns i kedjan.</translation>
    </message>
    <message>
        <source>Use: ssbtek-cli audit verify | audit list [--person P] [--caseworker-filter C] [--from D] [--to D] [--pattern NAME] | audit review --from D --to D --findings TEXT [--follow-up TEXT] [--filters TEXT] | audit retention [--days N]</source>
        <translation>Användning: ssbtek-cli audit verify | audit list [--person P] [--caseworker-filter H] [--from D] [--to D] [--pattern NAMN] | audit review --from D --to D --findings TEXT [--follow-up TEXT] [--filters TEXT] | audit retention [--days N]</translation>
    </message>
    <message>
        <source>The file is not a SOAP answer: </source>
        <translation>Filen är inte ett SOAP-svar: </translation>
    </message>
    <message>
        <source>--%1: %2 is locked by %3.</source>
        <translation>--%1: %2 är låst av %3.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Inget gjordes.</translation>
    </message>
    <message>
        <source>query: for a person with protected identity, also show the addresses (and allow --save-raw); recorded in the audit log. Without it they are held back.</source>
        <translation>query: för en person med skyddad identitet, visa även adresserna (och tillåt --save-raw); det loggas. Utan flaggan hålls de tillbaka.</translation>
    </message>
    <message>
        <source>The addresses stay held back: the audit record could not be written. </source>
        <translation>Adresserna hålls tillbaka: loggposten kunde inte skrivas. </translation>
    </message>
    <message>
        <source>Protected identity: the addresses are held back (--show-protected shows them, and is recorded in the audit log).</source>
        <translation>Skyddad identitet: adresserna hålls tillbaka (--show-protected visar dem, och det loggas).</translation>
    </message>
    <message>
        <source>The raw answer was not written: protected identity.</source>
        <translation>Rådata skrevs inte: skyddad identitet.</translation>
    </message>
    <message>
        <source> Newest record: %1 (UTC).</source>
        <translation> Nyaste posten: %1 (UTC).</translation>
    </message>
    <message>
        <source>The output could not be written in full (is the disk full, or the reader gone?).</source>
        <translation>Utdata kunde inte skrivas i sin helhet (är disken full, eller har mottagaren slutat läsa?).</translation>
    </message>
</context>
<context>
    <name>ClientFailure</name>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Frågan skickades inte: %1</translation>
    </message>
    <message>
        <source>The connection settings cannot be used: %1</source>
        <translation>Anslutningsinställningarna kan inte användas: %1</translation>
    </message>
    <message>
        <source>The address must start with https://. Unencrypted http:// is allowed only to this computer (127.0.0.1), for tests.</source>
        <translation>Adressen måste börja med https://. Okrypterad http:// tillåts bara till den här datorn (127.0.0.1), för tester.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the address in the settings and the network.</source>
        <translation>Serverns namn kunde inte hittas. Kontrollera adressen i inställningarna och nätverket.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening at that address and port.</source>
        <translation>Servern vägrade anslutningen: ingenting lyssnar på den adressen och porten.</translation>
    </message>
    <message>
        <source>The server did not answer in time. SSBTEK asks several agencies and can be slow; try again, or raise the timeout in the settings.</source>
        <translation>Servern svarade inte i tid. SSBTEK frågar flera myndigheter och kan vara långsam; försök igen eller höj tidsgränsen i inställningarna.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it is not signed by a CA chosen in the settings.</source>
        <translation>Serverns certifikat är inte betrott: det är inte utfärdat av en CA som valts i inställningarna.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not yet valid.</source>
        <translation>Serverns certifikat har gått ut eller gäller inte än.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another name than the address in the settings.</source>
        <translation>Serverns certifikat är utfärdat för ett annat namn än adressen i inställningarna.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up (%1).</source>
        <translation>Den säkra anslutningen kunde inte upprättas (%1).</translation>
    </message>
    <message>
        <source>The server closed the connection without answering — often because our client certificate is missing or was not accepted. Check the certificate in the settings.</source>
        <translation>Servern stängde anslutningen utan att svara — ofta för att vårt klientcertifikat saknas eller inte godtogs. Kontrollera certifikatet i inställningarna.</translation>
    </message>
    <message>
        <source>The connection was closed before the whole answer had arrived. Try again.</source>
        <translation>Anslutningen stängdes innan hela svaret hade kommit. Försök igen.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 instead of a SOAP answer.</source>
        <translation>Servern svarade med HTTP-status %1 i stället för ett SOAP-svar.</translation>
    </message>
    <message>
        <source>SSBTEK refused the whole request</source>
        <translation>SSBTEK avvisade hela frågan</translation>
    </message>
    <message>
        <source> (error code %1)</source>
        <translation> (felkod %1)</translation>
    </message>
    <message>
        <source>The answer is not a SOAP message (%1).</source>
        <translation>Svaret är inget SOAP-meddelande (%1).</translation>
    </message>
    <message>
        <source>The server answered in another SSBTEK version (%1). Check the version in the settings.</source>
        <translation>Servern svarade i en annan SSBTEK-version (%1). Kontrollera versionen i inställningarna.</translation>
    </message>
    <message>
        <source>The server sent an empty answer.</source>
        <translation>Servern skickade ett tomt svar.</translation>
    </message>
    <message>
        <source>The answer is larger than the limit in the settings (%1) and was not read.</source>
        <translation>Svaret är större än gränsen i inställningarna (%1) och lästes inte.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Frågan avbröts.</translation>
    </message>
    <message>
        <source>The answer arrived but could not be read (%1). It has been kept for IT staff.</source>
        <translation>Svaret kom men kunde inte läsas (%1). Det har sparats åt IT.</translation>
    </message>
    <message>
        <source>A network error stopped the request (%1).</source>
        <translation>Ett nätverksfel stoppade frågan (%1).</translation>
    </message>
    <message>
        <source> The lookup was not sent again.</source>
        <translation> Frågan skickades inte igen.</translation>
    </message>
    <message>
        <source>The connection was closed after the lookup was sent, before any answer came. It was not sent again; SSBTEK may have received it once. Try again.</source>
        <translation>Anslutningen stängdes efter att frågan skickats, innan något svar kom. Den skickades inte igen; SSBTEK kan ha tagit emot den en gång. Försök igen.</translation>
    </message>
</context>
<context>
    <name>ConfigLayers</name>
    <message>
        <source>default</source>
        <translation>förval</translation>
    </message>
    <message>
        <source>system</source>
        <translation>systemet</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>din</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>kommandoraden</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 kunde inte skrivas.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection, a row per agency</source>
        <translation>Testa anslutningen, en rad per myndighet</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Testing %1 …</source>
        <translation>Testar %1 …</translation>
    </message>
    <message>
        <source>SSBTEK answered.</source>
        <translation>SSBTEK svarade.</translation>
    </message>
    <message>
        <source>SSBTEK answered over %1.</source>
        <translation>SSBTEK svarade över %1.</translation>
    </message>
</context>
<context>
    <name>Csn</name>
    <message>
        <source>Studiemedel</source>
        <translation>Studiemedel</translation>
    </message>
    <message>
        <source>Studiehjälp</source>
        <translation>Studiehjälp</translation>
    </message>
    <message>
        <source>Studiestartsstöd</source>
        <translation>Studiestartsstöd</translation>
    </message>
    <message>
        <source>Omställningsstudiestöd</source>
        <translation>Omställningsstudiestöd</translation>
    </message>
    <message>
        <source>Hemutrustningslån</source>
        <translation>Hemutrustningslån</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Unknown %1 code &quot;%2&quot;: not in this program&apos;s catalogue. Ask IT staff to look it up.</source>
        <translation>Okänd kod för %1, &quot;%2&quot;: finns inte i programmets förteckning. Be IT ta reda på vad den betyder.</translation>
    </message>
    <message>
        <source>The job seeker has submitted an activity report for the period.</source>
        <translation>Den arbetssökande har lämnat en aktivitetsrapport för perioden.</translation>
    </message>
    <message>
        <source>Arbetsförmedlingen cannot find the person as a job seeker.</source>
        <translation>Arbetsförmedlingen hittar inte personen som arbetssökande.</translation>
    </message>
    <message>
        <source>No activity report was submitted for the period.</source>
        <translation>Ingen aktivitetsrapport har lämnats för perioden.</translation>
    </message>
    <message>
        <source>Arbetsförmedlingen had a technical error: the activity report status is not known. Ask again later.</source>
        <translation>Arbetsförmedlingen hade ett tekniskt fel: aktivitetsrapportens status är okänd. Fråga igen senare.</translation>
    </message>
    <message>
        <source>activity report</source>
        <translation>aktivitetsrapport</translation>
    </message>
    <message>
        <source>Arbetsförmedlingen gave no processing status.</source>
        <translation>Arbetsförmedlingen lämnade ingen handläggningsstatus.</translation>
    </message>
    <message>
        <source>Arbetsförmedlingen handled the question normally.</source>
        <translation>Arbetsförmedlingen behandlade frågan som vanligt.</translation>
    </message>
    <message>
        <source>Arbetsförmedlingen reports processing status %1: %2</source>
        <translation>Arbetsförmedlingen anger handläggningsstatus %1: %2</translation>
    </message>
    <message>
        <source>The error arose in SSBTEK itself, for example when the agency did not answer in time.</source>
        <translation>Felet uppstod i SSBTEK, till exempel när myndigheten inte svarade i tid.</translation>
    </message>
    <message>
        <source>The agency reported the error, for example a technical error on its side.</source>
        <translation>Myndigheten rapporterade felet, till exempel ett tekniskt fel hos den.</translation>
    </message>
    <message>
        <source>The agency&apos;s part arrived but could not be read by this program.</source>
        <translation>Myndighetens del kom men kunde inte läsas av programmet.</translation>
    </message>
    <message>
        <source>error source</source>
        <translation>felkälla</translation>
    </message>
    <message>
        <source>CSN refused the question as against its contract, often because the case id is longer than 31 characters.</source>
        <translation>CSN avvisade frågan som felaktig enligt sitt kontrakt, ofta för att ärende-id är längre än 31 tecken.</translation>
    </message>
    <message>
        <source>Försäkringskassan does not support the LEFI version in the settings.</source>
        <translation>Försäkringskassan stöder inte LEFI-versionen i inställningarna.</translation>
    </message>
    <message>
        <source>Skatteverket has no such information about the person.</source>
        <translation>Skatteverket har ingen sådan uppgift om personen.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>Error code %1.</source>
        <translation>Felkod %1.</translation>
    </message>
    <message>
        <source>The message: %1</source>
        <translation>Meddelandet: %1</translation>
    </message>
    <message>
        <source>Available: the provider&apos;s data is included.</source>
        <translation>Tillgänglig: källans uppgifter finns med.</translation>
    </message>
    <message>
        <source>Failing: the provider had an error, so its data is missing from the answer.</source>
        <translation>Fel: källan hade ett fel, så dess uppgifter saknas i svaret.</translation>
    </message>
    <message>
        <source>Unavailable: the provider could not be reached, so its data is missing from the answer.</source>
        <translation>Otillgänglig: källan gick inte att nå, så dess uppgifter saknas i svaret.</translation>
    </message>
    <message>
        <source>provider state</source>
        <translation>källans status</translation>
    </message>
    <message>
        <source>An internal error: this benefit group is missing from the answer.</source>
        <translation>Ett internt fel: den här förmånsgruppen saknas i svaret.</translation>
    </message>
    <message>
        <source>Not authorised: the municipality may not see this benefit group, so it is left out.</source>
        <translation>Ej behörig: kommunen får inte se den här förmånsgruppen, så den är utelämnad.</translation>
    </message>
    <message>
        <source>deviation</source>
        <translation>avvikelse</translation>
    </message>
    <message>
        <source>Transportstyrelsen answered normally.</source>
        <translation>Transportstyrelsen svarade som vanligt.</translation>
    </message>
    <message>
        <source>Transportstyrelsen could not answer the question; see its error list.</source>
        <translation>Transportstyrelsen kunde inte besvara frågan; se dess fellista.</translation>
    </message>
    <message>
        <source>Transportstyrelsen result</source>
        <translation>Transportstyrelsens resultat</translation>
    </message>
    <message>
        <source>CSN answered normally.</source>
        <translation>CSN svarade som vanligt.</translation>
    </message>
    <message>
        <source>CSN reports result code %1: %2</source>
        <translation>CSN anger resultatkod %1: %2</translation>
    </message>
    <message>
        <source>CSN has no study support registered for the person (&quot;Ej träff&quot;).</source>
        <translation>CSN har inget studiestöd registrerat för personen (&quot;Ej träff&quot;).</translation>
    </message>
    <message>
        <source>Permanent: valid without an end date.</source>
        <translation>Permanent: gäller utan slutdatum.</translation>
    </message>
    <message>
        <source>Time-limited: valid until the end date.</source>
        <translation>Tidsbegränsat: gäller till slutdatumet.</translation>
    </message>
    <message>
        <source>Migrationsverket gave no validity for the decision.</source>
        <translation>Migrationsverket angav ingen giltighet för beslutet.</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>giltighet</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Lookups outside office hours</source>
        <translation>Slagningar utanför kontorstid</translation>
    </message>
    <message>
        <source>A caseworker with many persons in a short time</source>
        <translation>En handläggare med många personer på kort tid</translation>
    </message>
    <message>
        <source>A person looked up by many caseworkers</source>
        <translation>En person som slagits upp av många handläggare</translation>
    </message>
    <message>
        <source>A case id no other lookup has</source>
        <translation>Ett ärende-id som ingen annan slagning har</translation>
    </message>
    <message>
        <source>The same person looked up repeatedly, nothing saved</source>
        <translation>Samma person uppslagen flera gånger, inget sparat</translation>
    </message>
</context>
<context>
    <name>GatewaySettings</name>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>Konfigurationsfilen %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>Konfigurationsfilen %1 är inte en giltig INI-fil.</translation>
    </message>
    <message>
        <source>The gateway needs SSBTEK&apos;s endpoint: it has no built-in simulator.</source>
        <translation>Gatewayen behöver SSBTEK:s adress: den har ingen inbyggd simulator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; är ingen IP-adress.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1–65535; 0: any free one).</source>
        <translation>&quot;%1&quot; är ingen port (1–65535; 0: valfri ledig).</translation>
    </message>
    <message>
        <source>Threads must be between 1 and 64, not &quot;%1&quot;.</source>
        <translation>Antalet trådar ska vara mellan 1 och 64, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown login field &quot;%1&quot;; known: %2.</source>
        <translation>Okänt inloggningsfält &quot;%1&quot;; kända: %2.</translation>
    </message>
    <message>
        <source>The gateway&apos;s server certificate is missing or not PEM: %1</source>
        <translation>Gatewayens servercertifikat saknas eller är inte PEM: %1</translation>
    </message>
    <message>
        <source>The gateway&apos;s server certificate expired on %1.</source>
        <translation>Gatewayens servercertifikat gick ut %1.</translation>
    </message>
    <message>
        <source>The gateway&apos;s server key cannot be read: %1</source>
        <translation>Gatewayens servernyckel kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The gateway&apos;s server key is not a PEM key without passphrase.</source>
        <translation>Gatewayens servernyckel är inte en PEM-nyckel utan lösenfras.</translation>
    </message>
    <message>
        <source>No CA for caseworkers&apos; certificates: %1</source>
        <translation>Inget CA för handläggarnas certifikat: %1</translation>
    </message>
    <message>
        <source>Name the gateway&apos;s SQLite file (store/path), or use PostgreSQL.</source>
        <translation>Ange gatewayens SQLite-fil (store/path), eller använd PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>Applicant</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <source>Co-applicant</source>
        <translation>Medsökande</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>%1 is given twice in the household.</source>
        <translation>%1 finns två gånger i hushållet.</translation>
    </message>
    <message>
        <source>A household lookup is already running.</source>
        <translation>En hushållsslagning pågår redan.</translation>
    </message>
    <message>
        <source>The household has no members.</source>
        <translation>Hushållet har inga medlemmar.</translation>
    </message>
</context>
<context>
    <name>HouseholdOverview</name>
    <message>
        <source>%1: the lookup failed — %2</source>
        <translation>%1: slagningen misslyckades — %2</translation>
    </message>
    <message>
        <source>%1: no answer yet</source>
        <translation>%1: inget svar än</translation>
    </message>
    <message>
        <source>%1: %2 could not be read</source>
        <translation>%1: %2 kunde inte läsas</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Nyckelringen svarade inte.</translation>
    </message>
    <message>
        <source>Nothing is kept in the keychain for it.</source>
        <translation>Inget finns sparat i nyckelringen för den.</translation>
    </message>
    <message>
        <source>This desktop has no keychain (Secret Service or KWallet): the passphrase is asked for at each start instead. (%1)</source>
        <translation>Det här skrivbordet har ingen nyckelring (Secret Service eller KWallet): lösenfrasen efterfrågas i stället vid varje start. (%1)</translation>
    </message>
    <message>
        <source>The keychain refused or stayed locked. (%1)</source>
        <translation>Nyckelringen nekade eller förblev låst. (%1)</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Nyckelringen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>LegalBasisPreset</name>
    <message>
        <source>The legal basis is empty.</source>
        <translation>Den rättsliga grunden är tom.</translation>
    </message>
    <message>
        <source>“%1” may be cited from %2.</source>
        <translation>”%1” får anges från och med %2.</translation>
    </message>
    <message>
        <source>“%1” cites %2, which was replaced by %3 on %4.</source>
        <translation>”%1” hänvisar till %2, som ersattes av %3 den %4.</translation>
    </message>
    <message>
        <source>“%1” could be cited until %2.</source>
        <translation>”%1” fick anges till och med %2.</translation>
    </message>
    <message>
        <source>Testdata: fiktiva personer i den inbyggda simulatorn, ingen rättslig grund behövs</source>
        <translation>Testdata: fiktiva personer i den inbyggda simulatorn, ingen rättslig grund behövs</translation>
    </message>
    <message>
        <source>The legal basis is not configured: IT sets the municipality&apos;s wording (query/legalBasis). No lookup is sent without one.</source>
        <translation>Den rättsliga grunden är inte inställd: IT anger kommunens formulering (query/legalBasis). Ingen slagning skickas utan den.</translation>
    </message>
    <message>
        <source>The simulator&apos;s test wording is not a legal basis: it is never sent to SSBTEK.</source>
        <translation>Simulatorns testformulering är ingen rättslig grund: den skickas aldrig till SSBTEK.</translation>
    </message>
</context>
<context>
    <name>LookupSession</name>
    <message>
        <source>A lookup is already running: wait for it or cancel it.</source>
        <translation>En slagning pågår redan: vänta på den eller avbryt den.</translation>
    </message>
    <message>
        <source>The previous lookup&apos;s audit record is not written yet: write it first.</source>
        <translation>Den förra slagningens loggpost är inte skriven än: skriv den först.</translation>
    </message>
    <message>
        <source>No lookup is sent while the audit log cannot be written.</source>
        <translation>Ingen slagning skickas så länge loggen inte kan skrivas.</translation>
    </message>
    <message>
        <source>The lookup was not sent: its audit record could not be written. %1</source>
        <translation>Slagningen skickades inte: dess loggpost kunde inte skrivas. %1</translation>
    </message>
    <message>
        <source>The answer came, but its audit record could not be written, so it is not shown. It is kept until the record is written. %1</source>
        <translation>Svaret kom, men dess loggpost kunde inte skrivas, så det visas inte. Det behålls tills loggposten är skriven. %1</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: a request carries only person, case id, co-applicant, children, period and purpose.</source>
        <translation>Okänt fält &quot;%1&quot;: en begäran innehåller bara person, ärende-id, medsökande, barn, period och ändamål.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given more than once.</source>
        <translation>&quot;%1&quot; anges mer än en gång.</translation>
    </message>
    <message>
        <source>The person is missing.</source>
        <translation>Personen saknas.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>The case id is longer than %1 characters.</source>
        <translation>Ärende-id:t är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>The case id may hold letters, digits, spaces and - _ / . : only.</source>
        <translation>Ärende-id:t får bara innehålla bokstäver, siffror, mellanslag och - _ / . :</translation>
    </message>
    <message>
        <source>The co-applicant</source>
        <translation>Medsökande</translation>
    </message>
    <message>
        <source>More than %1 children.</source>
        <translation>Fler än %1 barn.</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>Ett barn</translation>
    </message>
    <message>
        <source>The period needs both dates as YYYY-MM-DD, the first not after the last.</source>
        <translation>Perioden behöver båda datumen som ÅÅÅÅ-MM-DD, det första inte efter det sista.</translation>
    </message>
    <message>
        <source>The purpose is too long.</source>
        <translation>Ändamålet är för långt.</translation>
    </message>
    <message>
        <source>Not a lookup link: it must read ssbtek:lookup?person=…&amp;case=…</source>
        <translation>Ingen slagningslänk: den ska lyda ssbtek:lookup?person=…&amp;case=…</translation>
    </message>
</context>
<context>
    <name>Organisationsnummer</name>
    <message>
        <source>Enter an organisation number.</source>
        <translation>Ange ett organisationsnummer.</translation>
    </message>
    <message>
        <source>Use only digits, as NNNNNN-NNNN.</source>
        <translation>Använd bara siffror, som NNNNNN-NNNN.</translation>
    </message>
    <message>
        <source>An organisation number has 10 digits.</source>
        <translation>Ett organisationsnummer har 10 siffror.</translation>
    </message>
    <message>
        <source>The third digit must be 2 or higher in an organisation number.</source>
        <translation>Den tredje siffran i ett organisationsnummer måste vara 2 eller högre.</translation>
    </message>
    <message>
        <source>The check digit is wrong: look for a mistyped digit.</source>
        <translation>Kontrollsiffran stämmer inte: leta efter en felskriven siffra.</translation>
    </message>
</context>
<context>
    <name>Personnummer</name>
    <message>
        <source>Enter a personal identity number.</source>
        <translation>Ange ett personnummer.</translation>
    </message>
    <message>
        <source>Use only digits, with &apos;-&apos; or &apos;+&apos; before the last four.</source>
        <translation>Använd bara siffror, med &apos;-&apos; eller &apos;+&apos; före de fyra sista.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits.</source>
        <translation>Ett personnummer har 10 eller 12 siffror.</translation>
    </message>
    <message>
        <source>The date in the number does not exist.</source>
        <translation>Datumet i numret finns inte.</translation>
    </message>
    <message>
        <source>The date in the number is in the future.</source>
        <translation>Datumet i numret ligger i framtiden.</translation>
    </message>
    <message>
        <source>The check digit is wrong: look for a mistyped digit.</source>
        <translation>Kontrollsiffran stämmer inte: leta efter en felskriven siffra.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>not stated</source>
        <translation>ej angivet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Utbetalare</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Förmån</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Skatt</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Avdrag</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Aktivitetsrapport</translation>
    </message>
    <message>
        <source>, latest report %1</source>
        <translation>, senaste rapport %1</translation>
    </message>
    <message>
        <source>Arbetsförmedlingen gave no activity report status.</source>
        <translation>Arbetsförmedlingen lämnade ingen status för aktivitetsrapporten.</translation>
    </message>
    <message>
        <source>Registered as job seeker</source>
        <translation>Inskriven som arbetssökande</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> sedan %1</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>De-registered</source>
        <translation>Avaktualiserad</translation>
    </message>
    <message>
        <source>A-kassa</source>
        <translation>A-kassa</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>The person has a protection marking (sekretessmarkering).</source>
        <translation>Personen har en sekretessmarkering.</translation>
    </message>
    <message>
        <source>Processing status</source>
        <translation>Handläggningsstatus</translation>
    </message>
    <message>
        <source>Economic decisions</source>
        <translation>Ekonomiska beslut</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Extent %</source>
        <translation>Omfattning %</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>No economic decisions in the answer.</source>
        <translation>Inga ekonomiska beslut i svaret.</translation>
    </message>
    <message>
        <source>Activity report %1</source>
        <translation>Aktivitetsrapport %1</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applied period</source>
        <translation>Sökt period</translation>
    </message>
    <message>
        <source>No study support cases.</source>
        <translation>Inga ärenden om studiestöd.</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Utbetalningsplan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>No payments.</source>
        <translation>Inga utbetalningar.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Träff</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <source>CSN marks the person&apos;s data as protected.</source>
        <translation>CSN markerar personens uppgifter som skyddade.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Utbetald</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Planned, date not set</source>
        <translation>Planerad, datum ej bestämt</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n utbetalning</numerusform>
            <numerusform>%n utbetalningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Utelämnat: %1</translation>
    </message>
    <message>
        <source>JOB days used</source>
        <translation>Använda JOB-dagar</translation>
    </message>
    <message>
        <source>All days in jobb- och utvecklingsgarantin are used.</source>
        <translation>Alla dagar i jobb- och utvecklingsgarantin är använda.</translation>
    </message>
    <message>
        <source>Income pension</source>
        <translation>Inkomstpension</translation>
    </message>
    <message>
        <source>Premium pension</source>
        <translation>Premiepension</translation>
    </message>
    <message>
        <source>Pension holdings, total</source>
        <translation>Pensionsinnehav, totalt</translation>
    </message>
    <message>
        <source>From Pensionsmyndigheten&apos;s latest account values.</source>
        <translation>Enligt Pensionsmyndighetens senaste kontovärden.</translation>
    </message>
    <message>
        <source>From the latest annual statement.</source>
        <translation>Enligt det senaste årsbeskedet.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Utbetalningar</translation>
    </message>
    <message>
        <source>No payments in the period.</source>
        <translation>Inga utbetalningar under perioden.</translation>
    </message>
    <message>
        <source>Advance payment notices</source>
        <translation>Förhandsbesked om utbetalning</translation>
    </message>
    <message>
        <source>No decided payments waiting to be paid.</source>
        <translation>Inga beslutade utbetalningar som väntar på att betalas ut.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Slutligt</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>No decisions in the answer.</source>
        <translation>Inga beslut i svaret.</translation>
    </message>
    <message>
        <source>Claims at Pensionsmyndigheten</source>
        <translation>Ärenden hos Pensionsmyndigheten</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Benefit group</source>
        <translation>Förmånsgrupp</translation>
    </message>
    <message>
        <source>Capital income</source>
        <translation>Inkomst av kapital</translation>
    </message>
    <message>
        <source>Taxation year</source>
        <translation>Taxeringsår</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Överskott</translation>
    </message>
    <message>
        <source>No capital income reported.</source>
        <translation>Ingen inkomst av kapital redovisad.</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>kunde inte läsas</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Nothing reported.</source>
        <translation>Inget redovisat.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n del</numerusform>
            <numerusform>%n delar</numerusform>
        </translation>
    </message>
    <message>
        <source>Net after tax</source>
        <translation>Netto efter skatt</translation>
    </message>
    <message>
        <source>Net after deductions</source>
        <translation>Netto efter avdrag</translation>
    </message>
    <message>
        <source>No a-kassa payments in the period.</source>
        <translation>Inga utbetalningar från a-kassa under perioden.</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Avstängningar</translation>
    </message>
    <message>
        <source>No suspensions.</source>
        <translation>Inga avstängningar.</translation>
    </message>
    <message>
        <source>Application at %1</source>
        <translation>Ansökan hos %1</translation>
    </message>
    <message>
        <source>entitlement decided %1</source>
        <translation>rätt till ersättning beslutad %1</translation>
    </message>
    <message>
        <source>entitlement not decided</source>
        <translation>rätt till ersättning ej beslutad</translation>
    </message>
    <message>
        <source>An application for payment has been submitted.</source>
        <translation>En ansökan om ersättning har lämnats in.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Avstängd</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n perioder</numerusform>
        </translation>
    </message>
    <message>
        <source>The a-kassa has suspended the person from compensation; see the table.</source>
        <translation>A-kassan har stängt av personen från ersättning; se tabellen.</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Fel %1</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Fordon</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Märke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Vehicle year</source>
        <translation>Fordonsår</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>No vehicles registered to the person.</source>
        <translation>Inga fordon registrerade på personen.</translation>
    </message>
    <message>
        <source>Transportstyrelsen could not answer.</source>
        <translation>Transportstyrelsen kunde inte svara.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n fordon</numerusform>
            <numerusform>%n fordon</numerusform>
        </translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Hemland</translation>
    </message>
    <message>
        <source>Entered Sweden</source>
        <translation>Inresa i Sverige</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Giltighet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Ärendetyp</translation>
    </message>
    <message>
        <source>No permit decisions.</source>
        <translation>Inga beslut om tillstånd.</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gäller till %1</translation>
    </message>
    <message numerus="yes">
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n tillstånd</numerusform>
            <numerusform>%n tillstånd</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Inte tillfrågad</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svarade</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Not asked in this query.</source>
        <translation>Inte tillfrågad i den här frågan.</translation>
    </message>
    <message>
        <source>No answer from %1. This is not the same as &quot;nothing found&quot;: ask again.</source>
        <translation>Inget svar från %1. Det är inte detsamma som &quot;inget hittat&quot;: fråga igen.</translation>
    </message>
    <message>
        <source>Error: the answer from %1 could not be used.</source>
        <translation>Fel: svaret från %1 kunde inte användas.</translation>
    </message>
    <message>
        <source>%1 — error</source>
        <translation>%1 — fel</translation>
    </message>
    <message>
        <source>%1 — no answer</source>
        <translation>%1 — inget svar</translation>
    </message>
    <message>
        <source>%1 — not asked</source>
        <translation>%1 — inte tillfrågad</translation>
    </message>
    <message>
        <source>Income per month</source>
        <translation>Inkomst per månad</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>%1 (could not be read)</source>
        <translation>%1 (kunde inte läsas)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>No months in the period.</source>
        <translation>Inga månader i perioden.</translation>
    </message>
    <message>
        <source>All JOB days used</source>
        <translation>Alla JOB-dagar använda</translation>
    </message>
    <message>
        <source>The person has used every day in jobb- och utvecklingsgarantin.</source>
        <translation>Personen har använt alla dagar i jobb- och utvecklingsgarantin.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending, net %1</source>
        <translation>
            <numerusform>%n väntande, netto %1</numerusform>
            <numerusform>%n väntande, netto %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided payments from Försäkringskassan that have not been paid yet.</source>
        <translation>Beslutade utbetalningar från Försäkringskassan som ännu inte har betalats ut.</translation>
    </message>
    <message>
        <source>Incomplete from Försäkringskassan</source>
        <translation>Ofullständigt från Försäkringskassan</translation>
    </message>
    <message>
        <source>a provider was unavailable</source>
        <translation>en källa var otillgänglig</translation>
    </message>
    <message>
        <source>Data from an unavailable provider is missing: it is not &quot;nothing found&quot;.</source>
        <translation>Uppgifter från en otillgänglig källa saknas: det är inte &quot;inget hittat&quot;.</translation>
    </message>
    <message>
        <source>Handle with care: the person has protected identity or a protection marking.</source>
        <translation>Hantera varsamt: personen har skyddad identitet eller en sekretessmarkering.</translation>
    </message>
    <message>
        <source>See the %1 tab.</source>
        <translation>Se fliken %1.</translation>
    </message>
    <message>
        <source>Försäkringskassan marks the person as protected (skyddad). Handle the address with care.</source>
        <translation>Försäkringskassan markerar personen som skyddad. Hantera adressen varsamt.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (ofullständig)</translation>
    </message>
    <message>
        <source>Total (incomplete)</source>
        <translation>Totalt (ofullständigt)</translation>
    </message>
    <message>
        <source>Amounts that could not be read</source>
        <translation>Belopp som inte kunde läsas</translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) in the answer are not exact amounts in kronor and öre. They are shown as received, marked &quot;could not be read&quot;, and left out of the sums, which say so.</source>
        <translation>
            <numerusform>%n belopp i svaret är inte exakta belopp i kronor och ören. Det visas som det kom, märkt ”kunde inte läsas”, och räknas inte in i summorna, som säger det.</numerusform>
            <numerusform>%n belopp i svaret är inte exakta belopp i kronor och ören. De visas som de kom, märkta ”kunde inte läsas”, och räknas inte in i summorna, som säger det.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be read: “%1”</source>
        <translation>kunde inte läsas: ”%1”</translation>
    </message>
    <message>
        <source>could not be summed (out of range)</source>
        <translation>kunde inte summeras (utanför talområdet)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (incomplete: %n amount(s) could not be read)</source>
        <translation>
            <numerusform>%1 (ofullständig: %n belopp kunde inte läsas)</numerusform>
            <numerusform>%1 (ofullständig: %n belopp kunde inte läsas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) could not be read</source>
        <translation>
            <numerusform>%n belopp kunde inte läsas</numerusform>
            <numerusform>%n belopp kunde inte läsas</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as received and marked in the %1 tab; the sums that would include them say they are incomplete.</source>
        <translation>Visas som de kom och märkta under fliken %1; summorna som skulle ha räknat in dem säger att de är ofullständiga.</translation>
    </message>
    <message numerus="yes">
        <source>unknown: %n amount(s) could not be read</source>
        <translation>
            <numerusform>okänd: %n belopp kunde inte läsas</numerusform>
            <numerusform>okänd: %n belopp kunde inte läsas</numerusform>
        </translation>
    </message>
    <message>
        <source>About</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>The person Skatteverket&apos;s document is about.</source>
        <translation>Personen som Skatteverkets uppgifter gäller.</translation>
    </message>
    <message>
        <source>Whom the parts %1 are about.</source>
        <translation>Vem delarna %1 gäller.</translation>
    </message>
    <message>
        <source>Different persons</source>
        <translation>Olika personer</translation>
    </message>
    <message numerus="yes">
        <source>the parts name %n identities</source>
        <translation>
            <numerusform>delarna anger %n identitet</numerusform>
            <numerusform>delarna anger %n identiteter</numerusform>
        </translation>
    </message>
    <message>
        <source>Skatteverket&apos;s parts are not all about the same person (or company). Check each part before using it.</source>
        <translation>Skatteverkets delar gäller inte alla samma person (eller företag). Kontrollera varje del innan den används.</translation>
    </message>
    <message>
        <source>withheld: protected identity</source>
        <translation>undanhållen: skyddad identitet</translation>
    </message>
    <message>
        <source>Shown only when the caseworker confirms, and then recorded in the audit log.</source>
        <translation>Visas bara när handläggaren bekräftar, och det loggas då.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan inte läsas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 är inte en vanlig fil.</translation>
    </message>
    <message>
        <source>%1 may be read by others than its owner: make it 0600 (chmod 600).</source>
        <translation>%1 kan läsas av andra än ägaren: gör den 0600 (chmod 600).</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Testmiljö — fiktiva uppgifter</source>
        <translation>Testmiljö — fiktiva uppgifter</translation>
    </message>
    <message>
        <source>SSBTEK answer for %1</source>
        <translation>SSBTEK-svar för %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>SSBTEK version</source>
        <translation>SSBTEK-version</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Frågat</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Ärende-id</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>SSBTEK answers for a household</source>
        <translation>SSBTEK-svar för ett hushåll</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hushåll</translation>
    </message>
    <message>
        <source>Household overview</source>
        <translation>Hushållets översikt</translation>
    </message>
    <message>
        <source>Not in the sums:</source>
        <translation>Inte med i summorna:</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Inget svar.</translation>
    </message>
    <message>
        <source>%1 · case %2</source>
        <translation>%1 · ärende %2</translation>
    </message>
    <message>
        <source>SSBTEK · %1 · page %2 of %3</source>
        <translation>SSBTEK · %1 · sida %2 av %3</translation>
    </message>
    <message>
        <source>Fetched %1 by %2, %3, from SSBTEK %4%5</source>
        <translation>Hämtat %1 av %2, %3, från SSBTEK %4%5</translation>
    </message>
    <message>
        <source> (test environment, fictitious data)</source>
        <translation> (testmiljö, fiktiva uppgifter)</translation>
    </message>
    <message>
        <source>SSBTEK answer</source>
        <translation>SSBTEK-svar</translation>
    </message>
    <message>
        <source>SSBTEK answer, case %1</source>
        <translation>SSBTEK-svar, ärende %1</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Utelämnat</translation>
    </message>
    <message>
        <source>%1: left out of this document by the caseworker</source>
        <translation>%1: utelämnat ur dokumentet av handläggaren</translation>
    </message>
    <message>
        <source>There is no answer to save.</source>
        <translation>Det finns inget svar att spara.</translation>
    </message>
    <message>
        <source>The PDF is saved, but not its JSON: %1</source>
        <translation>PDF:en är sparad, men inte dess JSON: %1</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>A valid personal identity number is required.</source>
        <translation>Ett giltigt personnummer krävs.</translation>
    </message>
    <message>
        <source>The period needs a start and an end date.</source>
        <translation>Perioden behöver ett start- och ett slutdatum.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Choose at least one agency.</source>
        <translation>Välj minst en myndighet.</translation>
    </message>
    <message>
        <source>State the purpose of the request.</source>
        <translation>Ange frågans ändamål.</translation>
    </message>
    <message>
        <source>State the legal basis of the request.</source>
        <translation>Ange frågans rättsliga grund.</translation>
    </message>
    <message>
        <source>The case id may be at most 31 characters: CSN refuses longer ones.</source>
        <translation>Ärende-id får vara högst 31 tecken: CSN avvisar längre.</translation>
    </message>
    <message>
        <source>The organisation number in the settings is not valid.</source>
        <translation>Organisationsnumret i inställningarna är inte giltigt.</translation>
    </message>
    <message>
        <source>The organisation name is missing from the settings.</source>
        <translation>Organisationens namn saknas i inställningarna.</translation>
    </message>
    <message>
        <source>The caseworker&apos;s identity is missing.</source>
        <translation>Handläggarens identitet saknas.</translation>
    </message>
    <message>
        <source>A data processor needs a valid organisation number and a name.</source>
        <translation>Ett personuppgiftsbiträde behöver ett giltigt organisationsnummer och ett namn.</translation>
    </message>
    <message>
        <source>%1 takes no period of its own.</source>
        <translation>%1 tar ingen egen period.</translation>
    </message>
    <message>
        <source>The period for %1 is not valid.</source>
        <translation>Perioden för %1 är inte giltig.</translation>
    </message>
    <message>
        <source>Försäkringskassan needs the municipality&apos;s LEFI actor id (aktörsid) in the settings.</source>
        <translation>Försäkringskassan behöver kommunens LEFI-aktörsid i inställningarna.</translation>
    </message>
    <message>
        <source>Choose at least one benefit group for Försäkringskassan.</source>
        <translation>Välj minst en förmånsgrupp för Försäkringskassan.</translation>
    </message>
    <message>
        <source>Försäkringskassan (LEFI) answers for at most two years at a time.</source>
        <translation>Försäkringskassan (LEFI) svarar för högst två år åt gången.</translation>
    </message>
    <message>
        <source>Skatteverket needs at least one taxation year and one part.</source>
        <translation>Skatteverket behöver minst ett taxeringsår och en del.</translation>
    </message>
</context>
<context>
    <name>SsbtekClient</name>
    <message>
        <source>the endpoint address is not a valid URL</source>
        <translation>adressen är ingen giltig URL</translation>
    </message>
    <message>
        <source>the address must start with https://</source>
        <translation>adressen måste börja med https://</translation>
    </message>
    <message>
        <source>%1 may not be asked by this organisation (system-wide configuration).</source>
        <translation>%1 får inte tillfrågas av den här organisationen (inställt för hela systemet).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>no reason given</source>
        <translation>ingen orsak angiven</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>Qt:s SQL-drivrutin för %1 är inte installerad.</translation>
    </message>
    <message>
        <source>Audit record %1 does not match the chain: it, or the one before it, has been changed.</source>
        <translation>Loggpost %1 stämmer inte med kedjan: den, eller posten före, har ändrats.</translation>
    </message>
    <message>
        <source>There is no saved result %1 that you may read.</source>
        <translation>Det finns inget sparat svar %1 som du får läsa.</translation>
    </message>
    <message>
        <source>The saved answer is in an unknown SSBTEK version (%1).</source>
        <translation>Det sparade svaret är i en okänd SSBTEK-version (%1).</translation>
    </message>
    <message>
        <source>The saved answer could not be read: %1</source>
        <translation>Det sparade svaret kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>saved as %1</source>
        <translation>sparat som %1</translation>
    </message>
    <message>
        <source>Audit retention keeps at least %1 days.</source>
        <translation>Loggposter sparas minst %1 dagar.</translation>
    </message>
    <message>
        <source>The saved answer is not opened: its audit record could not be written. %1</source>
        <translation>Det sparade svaret öppnas inte: loggposten kunde inte skrivas. %1</translation>
    </message>
    <message>
        <source>The database could not be opened (%1).</source>
        <translation>Databasen kunde inte öppnas (%1).</translation>
    </message>
    <message>
        <source>The database could not be brought to schema %1 (%2).</source>
        <translation>Databasen kunde inte föras till schema %1 (%2).</translation>
    </message>
    <message>
        <source>The audit record could not be written (%1).</source>
        <translation>Loggposten kunde inte skrivas (%1).</translation>
    </message>
    <message>
        <source>The audit log could not be read (%1).</source>
        <translation>Loggen kunde inte läsas (%1).</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain could not be verified (%1).</source>
        <translation>Loggens kedja kunde inte kontrolleras (%1).</translation>
    </message>
    <message>
        <source>The staff table could not be read (%1).</source>
        <translation>Personaltabellen kunde inte läsas (%1).</translation>
    </message>
    <message>
        <source>The staff table could not be written (%1).</source>
        <translation>Personaltabellen kunde inte skrivas (%1).</translation>
    </message>
    <message>
        <source>The gateway does not write this kind of record.</source>
        <translation>Gatewayen skriver inte den här sortens loggpost.</translation>
    </message>
    <message>
        <source>Not an enabled member of staff.</source>
        <translation>Inte en aktiv medarbetare.</translation>
    </message>
    <message>
        <source>The result could not be saved (%1).</source>
        <translation>Resultatet kunde inte sparas (%1).</translation>
    </message>
    <message>
        <source>The saved result could not be read (%1).</source>
        <translation>Det sparade resultatet kunde inte läsas (%1).</translation>
    </message>
    <message>
        <source>The saved results could not be listed (%1).</source>
        <translation>De sparade resultaten kunde inte listas (%1).</translation>
    </message>
    <message>
        <source>Old saved results could not be deleted (%1).</source>
        <translation>Gamla sparade resultat kunde inte tas bort (%1).</translation>
    </message>
    <message>
        <source>Old audit records could not be deleted (%1).</source>
        <translation>Gamla loggposter kunde inte tas bort (%1).</translation>
    </message>
</context>
<context>
    <name>TestAnswer</name>
    <message>
        <source>not tested</source>
        <translation>inte testad</translation>
    </message>
    <message>
        <source>called</source>
        <translation>anropad</translation>
    </message>
    <message>
        <source>not called</source>
        <translation>inte anropad</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
</context>
<context>
    <name>TlsSettings</name>
    <message>
        <source>The PKCS#12 file cannot be read: %1</source>
        <translation>PKCS#12-filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The PKCS#12 file uses old encryption (RC2/3DES) that OpenSSL 3 reads only with its legacy provider. Convert it once: openssl pkcs12 -legacy -in OLD.p12 -nodes | openssl pkcs12 -export -out NEW.p12</source>
        <translation>PKCS#12-filen använder gammal kryptering (RC2/3DES) som OpenSSL 3 bara läser med sin legacy-provider. Konvertera den en gång: openssl pkcs12 -legacy -in GAMMAL.p12 -nodes | openssl pkcs12 -export -out NY.p12</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be opened: the passphrase is wrong or the file is damaged.</source>
        <translation>PKCS#12-filen kunde inte öppnas: lösenfrasen är fel eller filen är skadad.</translation>
    </message>
    <message>
        <source>A PEM certificate needs its private key file too.</source>
        <translation>Ett PEM-certifikat behöver också sin fil med privat nyckel.</translation>
    </message>
    <message>
        <source>The certificate file cannot be read: %1</source>
        <translation>Certifikatfilen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The certificate file holds no PEM certificate.</source>
        <translation>Certifikatfilen innehåller inget PEM-certifikat.</translation>
    </message>
    <message>
        <source>The key file cannot be read: %1</source>
        <translation>Nyckelfilen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The private key cannot be read: it is not PEM, or its passphrase is wrong.</source>
        <translation>Den privata nyckeln kan inte läsas: den är inte PEM, eller lösenfrasen är fel.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>Den privata nyckeln hör inte till certifikatet.</translation>
    </message>
    <message>
        <source>The CA file cannot be read: %1</source>
        <translation>CA-filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>CA-filen innehåller inget PEM-certifikat.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown or missing command. See --help.</source>
        <translation>Okänt eller saknat kommando. Se --help.</translation>
    </message>
    <message>
        <source>SSBTEK</source>
        <translation>SSBTEK</translation>
    </message>
    <message>
        <source>The built-in simulator could not start: %1</source>
        <translation>Den inbyggda simulatorn kunde inte starta: %1</translation>
    </message>
    <message>
        <source>SSBTEK for ekonomiskt bistånd: the caseworker&apos;s window.</source>
        <translation>SSBTEK för ekonomiskt bistånd: handläggarens fönster.</translation>
    </message>
    <message>
        <source>Language: sv or en (default: the setting, else the system&apos;s).</source>
        <translation>Språk: sv eller en (förval: inställningen, annars systemets).</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once it is shown, then exit.</source>
        <translation>Spara en bild av fönstret i den här PNG-filen när det visas, och avsluta sedan.</translation>
    </message>
    <message>
        <source>ping, query, parse, audit, retention, config or diff</source>
        <translation>ping, query, parse, audit, retention, config eller diff</translation>
    </message>
    <message>
        <source>Asks SSBTEK (Försäkringskassan&apos;s service for ekonomiskt bistånd) from the command line.

Commands:
  ping    run the service&apos;s test operation; one line per agency
  query   ask about one person (or a household: --co-applicant, --child) and period;
          prints the answer
  parse   read a saved SOAP answer (FILE) and print it as query does
  audit verify | audit list   check the audit log&apos;s hash chain | list its records
  audit review | audit retention   record a review | delete old audit records; audited
  retention  delete saved answers older than --days (or the setting); audited
  config show | config check   the effective settings and where each comes from | check them
  diff A B   what changed between two saved results (ids from query --save), as JSON

Every query is audited (who, whom, when, why, outcome) before anything is shown; when
the audit log cannot be written the query is not sent.

With no endpoint configured, the built-in simulator answers with fictitious data.

Exit codes: 0 ok; 1 usage; 2 invalid input or settings; 3 no connection (network, timeout,
TLS); 4 refused (SOAP fault, HTTP error, not SOAP); 5 answer with agency errors or gaps;
6 audit chain broken; 7 audit log or store unusable; 8 output not written in full.</source>
        <translation>Frågar SSBTEK (Försäkringskassans tjänst för ekonomiskt bistånd) från kommandoraden.

Kommandon:
  ping    kör tjänstens testoperation; en rad per myndighet
  query   fråga om en person (eller ett hushåll: --co-applicant, --child) och period;
          skriver ut svaret
  parse   läs ett sparat SOAP-svar (FIL) och skriv ut det som query gör
  audit verify | audit list   kontrollera loggens hashkedja | lista dess poster
  audit review | audit retention   registrera en granskning | radera gamla loggposter; loggas
  retention  radera sparade svar äldre än --days (eller inställningen); loggas
  config show | config check   gällande inställningar och var varje kommer ifrån | kontrollera dem
  diff A B   vad som ändrats mellan två sparade svar (id från query --save), som JSON

Varje fråga loggas (vem, om vem, när, varför, utfall) innan något visas; när
loggen inte kan skrivas skickas frågan inte.

Utan inställd adress svarar den inbyggda simulatorn med fiktiva uppgifter.

Slutkoder: 0 ok; 1 användning; 2 ogiltig indata eller inställning; 3 ingen anslutning (nätverk,
tidsgräns, TLS); 4 avvisad (SOAP-fel, HTTP-fel, inte SOAP); 5 svar med fel eller luckor hos
myndigheter; 6 loggkedjan bruten; 7 loggen eller databasen oanvändbar; 8 utdata inte skriven i sin helhet.</translation>
    </message>
    <message>
        <source>A lookup link from the case system: ssbtek:lookup?person=…&amp;case=…</source>
        <translation>En slagningslänk från verksamhetssystemet: ssbtek:lookup?person=…&amp;case=…</translation>
    </message>
    <message>
        <source>Open with this person filled in (the case system&apos;s hand-over).</source>
        <translation>Öppna med den här personen ifylld (överlämnad från verksamhetssystemet).</translation>
    </message>
    <message>
        <source>The errand&apos;s case id.</source>
        <translation>Ärendets id.</translation>
    </message>
    <message>
        <source>The co-applicant (medsökande).</source>
        <translation>Medsökande.</translation>
    </message>
    <message>
        <source>A child; repeat for each.</source>
        <translation>Ett barn; upprepa för varje.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Periodens första dag (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Periodens sista dag (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>One of the purposes offered.</source>
        <translation>Ett av de ändamål som erbjuds.</translation>
    </message>
    <message>
        <source>Give one link, or the options, not both.</source>
        <translation>Ange en länk eller flaggorna, inte båda.</translation>
    </message>
    <message>
        <source>The lookup from the case system is refused: %1</source>
        <translation>Slagningen från verksamhetssystemet nekas: %1</translation>
    </message>
</context>
<context>
    <name>ssbtek-gateway</name>
    <message>
        <source>Serves SSBTEK&apos;s contract to caseworkers&apos; desktops over TLS with their own certificates, and
forwards each lookup to SSBTEK with the organisation&apos;s certificate, after the rules and
the audit record. Exit codes: 0 stopped cleanly / the file is fine, 1 the configuration
has problems, 2 it could not start.</source>
        <translation>Betjänar handläggarnas datorer med SSBTEK:s kontrakt över TLS med deras egna certifikat, och
skickar varje fråga vidare till SSBTEK med organisationens certifikat, efter reglerna och
loggposten. Slutkoder: 0 stoppad utan fel / filen är bra, 1 konfigurationen har fel,
2 den kunde inte starta.</translation>
    </message>
    <message>
        <source>The configuration file (INI).</source>
        <translation>Konfigurationsfilen (INI).</translation>
    </message>
    <message>
        <source>Check the file, its certificates and the store, then exit.</source>
        <translation>Kontrollera filen, dess certifikat och lagringen, och avsluta sedan.</translation>
    </message>
    <message>
        <source>The configuration is usable.</source>
        <translation>Konfigurationen går att använda.</translation>
    </message>
</context>
<context>
    <name>ssbtek-sim</name>
    <message>
        <source>An SSBTEK simulator with fictitious test persons. It listens on 127.0.0.1, answers
hamtaBastjanstInformation and testaBastjanstInformation, and refuses requests in another
version&apos;s namespace with a SOAP fault, as the real service does.
Prints the URL it serves on the first line of standard output.</source>
        <translation>En SSBTEK-simulator med fiktiva testpersoner. Den lyssnar på 127.0.0.1, besvarar
hamtaBastjanstInformation och testaBastjanstInformation, och avvisar frågor i en annan
versions namnrymd med ett SOAP-fel, som den riktiga tjänsten gör.
Skriver ut adressen den svarar på som första rad på standard ut.</translation>
    </message>
    <message>
        <source>TCP port (default: any free one).</source>
        <translation>TCP-port (förval: vilken ledig som helst).</translation>
    </message>
    <message>
        <source>Version(s) to serve: 10, 11 or both (default: 11).</source>
        <translation>Version(er) att svara i: 10, 11 eller both (förval: 11).</translation>
    </message>
    <message>
        <source>Server certificate (PEM); with it the simulator speaks TLS.</source>
        <translation>Servercertifikat (PEM); med det talar simulatorn TLS.</translation>
    </message>
    <message>
        <source>Server private key (PEM).</source>
        <translation>Serverns privata nyckel (PEM).</translation>
    </message>
    <message>
        <source>CA (PEM) whose client certificates are required.</source>
        <translation>CA (PEM) vars klientcertifikat krävs.</translation>
    </message>
    <message>
        <source>Person catalogue (JSON) instead of the built-in one.</source>
        <translation>Personkatalog (JSON) i stället för den inbyggda.</translation>
    </message>
    <message>
        <source>Misbehave on every request: </source>
        <translation>Uppför dig fel på varje fråga: </translation>
    </message>
    <message>
        <source>Answer after this many milliseconds.</source>
        <translation>Svara efter så här många millisekunder.</translation>
    </message>
    <message>
        <source>Folder of Försäkringskassan&apos;s published contract: requests are then also validated against its XSD (default: $SSBTEK_CONTRACT_DIR).</source>
        <translation>Katalog med Försäkringskassans publicerade kontrakt: frågor valideras då också mot dess XSD (förval: $SSBTEK_CONTRACT_DIR).</translation>
    </message>
    <message>
        <source>Resolve the catalogue&apos;s relative dates against this day (YYYY-MM-DD).</source>
        <translation>Räkna katalogens relativa datum från den här dagen (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The test operation reports an error for this agency (AF, CSN, …); repeatable.</source>
        <translation>Testoperationen rapporterar ett fel för den här myndigheten (AF, CSN, …); kan upprepas.</translation>
    </message>
    <message>
        <source>Print the catalogue&apos;s test persons and what each shows, then exit.</source>
        <translation>Skriv ut katalogens testpersoner och vad var och en visar, och avsluta.</translation>
    </message>
    <message>
        <source>Language of messages: sv or en (default: the system&apos;s).</source>
        <translation>Språk för meddelanden: sv eller en (förval: systemets).</translation>
    </message>
    <message>
        <source>Requests answered at once (default: one per core).</source>
        <translation>Frågor som besvaras samtidigt (standard: en per kärna).</translation>
    </message>
</context>
<context>
    <name>ssbtek::gateway::GatewayService</name>
    <message>
        <source>ssbtek-gateway: your certificate is not accepted (%1). Ask IT for a certificate from the municipality&apos;s caseworker CA.</source>
        <translation>ssbtek-gateway: ditt certifikat godtas inte (%1). Be IT om ett certifikat från kommunens CA för handläggare.</translation>
    </message>
    <message>
        <source>ssbtek-gateway: nothing was sent to SSBTEK, because the audit log cannot be reached. Try again later; IT has been told by the gateway&apos;s health check.</source>
        <translation>ssbtek-gateway: inget skickades till SSBTEK, eftersom loggen inte kan nås. Försök igen senare; IT ser det i gatewayens hälsokontroll.</translation>
    </message>
    <message>
        <source>ssbtek-gateway: the login %1 is disabled. Ask your supervisor or IT.</source>
        <translation>ssbtek-gateway: inloggningen %1 är avstängd. Fråga din chef eller IT.</translation>
    </message>
    <message>
        <source>ssbtek-gateway: the login %1 is not in the staff table. Ask IT to add it.</source>
        <translation>ssbtek-gateway: inloggningen %1 finns inte i personaltabellen. Be IT lägga till den.</translation>
    </message>
    <message>
        <source>ssbtek-gateway: this is not an SSBTEK request of a version the gateway serves (%1).</source>
        <translation>ssbtek-gateway: det här är ingen SSBTEK-fråga i en version som gatewayen betjänar (%1).</translation>
    </message>
    <message>
        <source>The personnummer is not valid.</source>
        <translation>Personnumret är inte giltigt.</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>Perioden är inte giltig.</translation>
    </message>
    <message>
        <source>The request names another organisation than the gateway&apos;s.</source>
        <translation>Frågan anger en annan organisation än gatewayens.</translation>
    </message>
    <message>
        <source>ssbtek-gateway: the lookup was not sent. %1</source>
        <translation>ssbtek-gateway: frågan skickades inte. %1</translation>
    </message>
    <message>
        <source>ssbtek-gateway: the request must name exactly one handläggare.</source>
        <translation>ssbtek-gateway: frågan måste ange exakt en handläggare.</translation>
    </message>
    <message>
        <source>ssbtek-gateway: the lookup was not sent, because its audit record could not be written.</source>
        <translation>ssbtek-gateway: frågan skickades inte, eftersom dess loggpost inte kunde skrivas.</translation>
    </message>
    <message>
        <source>ssbtek-gateway: the answer came, but its audit record could not be written, so it is not passed on. The lookup is recorded as asked.</source>
        <translation>ssbtek-gateway: svaret kom, men dess loggpost kunde inte skrivas, så det lämnas inte vidare. Frågan är loggad som ställd.</translation>
    </message>
    <message>
        <source>ssbtek-gateway: SSBTEK could not be asked (%1). %2</source>
        <translation>ssbtek-gateway: SSBTEK kunde inte frågas (%1). %2</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::AgencyTab</name>
    <message>
        <source>
… (shortened: the first 4 MB are shown)</source>
        <translation>
… (förkortat: de första 4 MB visas)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 answered with an error.&lt;/b&gt; Nothing below means &quot;nothing found&quot;: the information is missing.</source>
        <translation>&lt;b&gt;%1 svarade med ett fel.&lt;/b&gt; Inget här nedanför betyder &quot;inget hittat&quot;: uppgifterna saknas.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Källa:</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Felkod:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Meddelanden:</translation>
    </message>
    <message>
        <source>&lt;b&gt;No answer from %1.&lt;/b&gt; The agency was asked but is missing from SSBTEK&apos;s answer. This is not the same as &quot;nothing found&quot;: ask again later.</source>
        <translation>&lt;b&gt;Inget svar från %1.&lt;/b&gt; Myndigheten tillfrågades men saknas i SSBTEK:s svar. Det är inte detsamma som &quot;inget hittat&quot;: fråga igen senare.</translation>
    </message>
    <message>
        <source>%1 was not asked in this query.</source>
        <translation>%1 tillfrågades inte i den här frågan.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>(nothing received from this agency)</source>
        <translation>(inget mottaget från den här myndigheten)</translation>
    </message>
    <message>
        <source>Raw answer from %1</source>
        <translation>Rådata från %1</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rå JSON</translation>
    </message>
    <message>
        <source>Raw XML</source>
        <translation>Rå XML</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::ChangesWindow</name>
    <message>
        <source>Changes since last time — %1</source>
        <translation>Ändringar sedan senast — %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: the answer saved %2 (period %3 – %4) against the one asked %5 (period %6).&lt;br&gt;%n change(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: svaret som sparades %2 (period %3 – %4) jämfört med det som hämtades %5 (period %6).&lt;br&gt;%n ändring.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: svaret som sparades %2 (period %3 – %4) jämfört med det som hämtades %5 (period %6).&lt;br&gt;%n ändringar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::ConnectWizard</name>
    <message>
        <source>Connect to SSBTEK</source>
        <translation>Anslut till SSBTEK</translation>
    </message>
    <message>
        <source>&amp;Use for me</source>
        <translation>&amp;Använd för mig</translation>
    </message>
    <message>
        <source>Where SSBTEK answers</source>
        <translation>Var SSBTEK svarar</translation>
    </message>
    <message>
        <source>The address Försäkringskassan gave the municipality, or the municipality&apos;s gateway.</source>
        <translation>Adressen Försäkringskassan gav kommunen, eller kommunens gateway.</translation>
    </message>
    <message>
        <source>The client certificate</source>
        <translation>Klientcertifikatet</translation>
    </message>
    <message>
        <source>The organisation&apos;s function certificate (through a gateway: the caseworker&apos;s own). A PKCS#12 file or a PEM certificate with its key.</source>
        <translation>Organisationens funktionscertifikat (genom en gateway: handläggarens eget). En PKCS#12-fil eller ett PEM-certifikat med sin nyckel.</translation>
    </message>
    <message>
        <source>Choose &amp;certificate…</source>
        <translation>Välj &amp;certifikat…</translation>
    </message>
    <message>
        <source>No certificate chosen yet.</source>
        <translation>Inget certifikat valt än.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Choose the trusted CA certificates</source>
        <translation>Välj de betrodda CA-certifikaten</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <source>The asking organisation</source>
        <translation>Den frågande organisationen</translation>
    </message>
    <message>
        <source>Sent with every lookup; the legal basis is the municipality&apos;s wording in force.</source>
        <translation>Skickas med varje slagning; lagrummet är kommunens formulering som gäller nu.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>SSBTEK&apos;s test operation with these settings; nothing about a person is sent.</source>
        <translation>SSBTEK:s testoperation med de här inställningarna; inget om någon person skickas.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Use the settings</source>
        <translation>Använd inställningarna</translation>
    </message>
    <message>
        <source>Use for me saves them in your own settings. For every desktop, write the system-wide file and deploy it as /etc/xdg/ssbtek-client/ssbtek-client.conf.</source>
        <translation>Använd för mig sparar dem i dina egna inställningar. För alla datorer: skriv den systemgemensamma filen och lägg ut den som /etc/xdg/ssbtek-client/ssbtek-client.conf.</translation>
    </message>
    <message>
        <source>Lock the address and version</source>
        <translation>Lås adress och version</translation>
    </message>
    <message>
        <source>Lock the certificate</source>
        <translation>Lås certifikatet</translation>
    </message>
    <message>
        <source>Lock the organisation and LEFI</source>
        <translation>Lås organisationen och LEFI</translation>
    </message>
    <message>
        <source>Lock the legal basis and purposes</source>
        <translation>Lås lagrum och syften</translation>
    </message>
    <message>
        <source>In the system-wide file</source>
        <translation>I den systemgemensamma filen</translation>
    </message>
    <message>
        <source>Caseworkers cannot change %1.</source>
        <translation>Handläggare kan inte ändra %1.</translation>
    </message>
    <message>
        <source>&amp;Write system-wide file…</source>
        <translation>&amp;Skriv systemgemensam fil…</translation>
    </message>
    <message>
        <source>Enter the address: without one the built-in simulator answers.</source>
        <translation>Ange adressen: utan den svarar den inbyggda simulatorn.</translation>
    </message>
    <message>
        <source>Choose the client certificate: SSBTEK asks for one.</source>
        <translation>Välj klientcertifikatet: SSBTEK kräver ett.</translation>
    </message>
    <message numerus="yes">
        <source>%1, issued by %2, valid to %3 (%n day(s) left).</source>
        <translation>
            <numerusform>%1, utfärdat av %2, giltigt till %3 (%n dag kvar).</numerusform>
            <numerusform>%1, utfärdat av %2, giltigt till %3 (%n dagar kvar).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write system-wide file</source>
        <translation>Skriv systemgemensam fil</translation>
    </message>
    <message>
        <source>Settings (*.conf);;All files (*)</source>
        <translation>Inställningar (*.conf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Written to %1. Deploy it as %2 on every desktop.</source>
        <translation>Skriven till %1. Lägg ut den som %2 på alla datorer.</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::HouseholdView</name>
    <message>
        <source>Household and a section per person</source>
        <translation>Hushållet och en del per person</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hushåll</translation>
    </message>
    <message>
        <source>Asking SSBTEK about %1 …</source>
        <translation>Frågar SSBTEK om %1 …</translation>
    </message>
    <message>
        <source>%1 — asking</source>
        <translation>%1 — frågar</translation>
    </message>
    <message>
        <source>%1 — gaps</source>
        <translation>%1 — luckor</translation>
    </message>
    <message>
        <source>%1: the lookup failed. %2</source>
        <translation>%1: slagningen misslyckades. %2</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — misslyckades</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 av %2 besvarade</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n misslyckades</numerusform>
            <numerusform>, %n misslyckades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still asking</source>
        <translation>
            <numerusform>, %n frågas fortfarande</numerusform>
            <numerusform>, %n frågas fortfarande</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Household of %1&lt;/b&gt; · %2 · case %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Hushåll med %1 personer&lt;/b&gt; · %2 · ärende %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Showing the answer about %1 …</source>
        <translation>Visar svaret om %1 …</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::InstanceChannel</name>
    <message>
        <source>Another window of this user is open.</source>
        <translation>Ett annat fönster för den här användaren är öppet.</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::MainWindow</name>
    <message>
        <source>SSBTEK — ekonomiskt bistånd</source>
        <translation>SSBTEK — ekonomiskt bistånd</translation>
    </message>
    <message>
        <source>Testmiljö — fiktiva uppgifter. The built-in simulator answers; no real person&apos;s data is shown.</source>
        <translation>Testmiljö — fiktiva uppgifter. Den inbyggda simulatorn svarar; inga verkliga personers uppgifter visas.</translation>
    </message>
    <message>
        <source>The audit log cannot be opened, so no query can be sent: %1</source>
        <translation>Loggen kan inte öppnas, så ingen fråga kan skickas: %1</translation>
    </message>
    <message>
        <source>Query in progress</source>
        <translation>Fråga pågår</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel the running query (Esc)</source>
        <translation>Avbryt den pågående frågan (Esc)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Save result with a note…</source>
        <translation>&amp;Spara svaret med en anteckning…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Fråga</translation>
    </message>
    <message>
        <source>&amp;Ask SSBTEK</source>
        <translation>Fråga &amp;SSBTEK</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Ny person</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>&amp;Review lookups…</source>
        <translation>&amp;Granska slagningar…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>%1 — SSBTEK %2</source>
        <translation>%1 — SSBTEK %2</translation>
    </message>
    <message>
        <source>Built-in simulator</source>
        <translation>Inbyggd simulator</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>klientcertifikatet</translation>
    </message>
    <message>
        <source>SSBTEK server&apos;s certificate</source>
        <translation>SSBTEK-serverns certifikat</translation>
    </message>
    <message>
        <source>A query is already running: wait for it or cancel it (Esc).</source>
        <translation>En fråga pågår redan: vänta på den eller avbryt den (Esc).</translation>
    </message>
    <message>
        <source>No query is sent while the audit log cannot be written.</source>
        <translation>Ingen fråga skickas så länge loggen inte kan skrivas.</translation>
    </message>
    <message>
        <source>Asking SSBTEK about %1, %2 …</source>
        <translation>Frågar SSBTEK om %1, %2 …</translation>
    </message>
    <message>
        <source>Testing the connection …</source>
        <translation>Testar anslutningen …</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Connection test: SSBTEK %1 answered.
%2</source>
        <translation>Anslutningstest: SSBTEK %1 svarade.
%2</translation>
    </message>
    <message>
        <source>There is no answer to save.</source>
        <translation>Det finns inget svar att spara.</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Spara svaret</translation>
    </message>
    <message>
        <source>A note for the case file:</source>
        <translation>En anteckning till akten:</translation>
    </message>
    <message>
        <source>Saved as result %1.</source>
        <translation>Sparat som svar %1.</translation>
    </message>
    <message>
        <source>The result could not be saved: %1
It is still on screen.</source>
        <translation>Svaret kunde inte sparas: %1
Det finns kvar på skärmen.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF-filen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>Changes since &amp;last time…</source>
        <translation>Ändringar sedan &amp;senast…</translation>
    </message>
    <message>
        <source>Changes since last time (saved %1)</source>
        <translation>Ändringar sedan senast (sparat %1)</translation>
    </message>
    <message>
        <source>New, removed and changed rows against the answer saved %1 (Ctrl+D)</source>
        <translation>Nya, borttagna och ändrade rader jämfört med svaret som sparades %1 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Changes since last time</source>
        <translation>Ändringar sedan senast</translation>
    </message>
    <message>
        <source>Write the audit record again</source>
        <translation>Skriv loggposten igen</translation>
    </message>
    <message>
        <source>The protected person&apos;s details stay hidden: the audit record could not be written. %1</source>
        <translation>Uppgifterna om den skyddade personen förblir dolda: loggposten kunde inte skrivas. %1</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>The person has protected identity. Include the addresses? Without them the document still shows everything else. Including them is recorded in the audit log.</source>
        <translation>Personen har skyddad identitet. Ta med adresserna? Utan dem visar dokumentet ändå allt annat. Att ta med dem loggas.</translation>
    </message>
    <message>
        <source>%1 · %2 MB received</source>
        <translation>%1 · %2 MB mottaget</translation>
    </message>
    <message>
        <source>&amp;Connect to SSBTEK…</source>
        <translation>&amp;Anslut till SSBTEK…</translation>
    </message>
    <message>
        <source>From the case system: %1</source>
        <translation>Från verksamhetssystemet: %1</translation>
    </message>
    <message>
        <source>, case %1</source>
        <translation>, ärende %1</translation>
    </message>
    <message>
        <source>Check that this is the person of your errand and confirm the current case; nothing has been sent.</source>
        <translation>Kontrollera att det är personen i ditt ärende och bekräfta det aktuella ärendet; inget har skickats.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF:en…</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::OverviewTab</name>
    <message>
        <source>Nothing that needs special attention.</source>
        <translation>Inget som kräver särskild uppmärksamhet.</translation>
    </message>
    <message>
        <source>Net income per month (SEK)</source>
        <translation>Nettoinkomst per månad (kr)</translation>
    </message>
    <message>
        <source>Chart of net income per month</source>
        <translation>Diagram över nettoinkomst per månad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not in the sums&lt;/b&gt;, so the totals are incomplete:&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Inte med i summorna&lt;/b&gt;, så summorna är ofullständiga:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>%1: no answer, or the answer could not be read</source>
        <translation>%1: inget svar, eller svaret kunde inte läsas</translation>
    </message>
    <message>
        <source>%1: an amount could not be read; it is shown as received in its tab</source>
        <translation>%1: ett belopp kunde inte läsas; det visas som det kom under sin flik</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::PassphrasePrompt</name>
    <message>
        <source>&amp;Keep it in this desktop&apos;s keychain</source>
        <translation>&amp;Spara den i skrivbordets nyckelring</translation>
    </message>
    <message>
        <source>Certificate passphrase</source>
        <translation>Certifikatets lösenfras</translation>
    </message>
    <message>
        <source>Passphrase of the client certificate %1:</source>
        <translation>Lösenfras för klientcertifikatet %1:</translation>
    </message>
    <message>
        <source>Passphrase of the client certificate</source>
        <translation>Lösenfras för klientcertifikatet</translation>
    </message>
    <message>
        <source>GNOME Keyring, KWallet or another Secret Service keeps it, locked with your login; it is not asked for again while it opens this certificate.</source>
        <translation>GNOME Keyring, KWallet eller en annan Secret Service sparar den, låst med din inloggning; den efterfrågas inte igen så länge den öppnar det här certifikatet.</translation>
    </message>
    <message>
        <source>The passphrase does not open the certificate. Try again.</source>
        <translation>Lösenfrasen öppnar inte certifikatet. Försök igen.</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::QueryForm</name>
    <message>
        <source>Försäkringskassan / PM</source>
        <translation>Försäkringskassan / PM</translation>
    </message>
    <message>
        <source>A-kassor</source>
        <translation>A-kassor</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Senaste 3 månaderna</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Senaste 6 månaderna</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Egen</translation>
    </message>
    <message>
        <source>Period preset</source>
        <translation>Förvald period</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>Försäkringskassan answers for at most two years at a time.</source>
        <translation>Försäkringskassan svarar för högst två år åt gången.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Myndigheter</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>A&amp;lla</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>generated when empty</source>
        <translation>skapas när det är tomt</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Ärende-id</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Ändamål:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Rättslig grund:</translation>
    </message>
    <message>
        <source>&amp;Case id:</source>
        <translation>Ä&amp;rende-id:</translation>
    </message>
    <message>
        <source>SSBTEK version</source>
        <translation>SSBTEK-version</translation>
    </message>
    <message>
        <source>SSBTEK &amp;version:</source>
        <translation>SSBTEK-&amp;version:</translation>
    </message>
    <message>
        <source>&amp;Ask SSBTEK</source>
        <translation>Fråga &amp;SSBTEK</translation>
    </message>
    <message>
        <source>Check the personal identity number.</source>
        <translation>Kontrollera personnumret.</translation>
    </message>
    <message>
        <source>%1: not enabled for this organisation (system-wide configuration).</source>
        <translation>%1: inte tillåten för den här organisationen (inställt för hela systemet).</translation>
    </message>
    <message>
        <source>The person belongs to a current case of my &amp;unit</source>
        <translation>Personen har ett aktuellt ärende hos min &amp;enhet</translation>
    </message>
    <message>
        <source>required: the person&apos;s current case</source>
        <translation>krävs: personens aktuella ärende</translation>
    </message>
    <message>
        <source>%1: not asked while preparing an application.</source>
        <translation>%1: tillfrågas inte när en ansökan förbereds.</translation>
    </message>
    <message>
        <source>&amp;Household: co-applicant and children…</source>
        <translation>&amp;Hushåll: medsökande och barn…</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN (optional)</source>
        <translation>ÅÅÅÅMMDD-NNNN (frivilligt)</translation>
    </message>
    <message>
        <source>Co-applicant&apos;s personal identity number</source>
        <translation>Medsökandes personnummer</translation>
    </message>
    <message>
        <source>one or more, separated by commas</source>
        <translation>ett eller flera, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Children&apos;s personal identity numbers</source>
        <translation>Barnens personnummer</translation>
    </message>
    <message>
        <source>C&amp;o-applicant:</source>
        <translation>&amp;Medsökande:</translation>
    </message>
    <message>
        <source>Chil&amp;dren:</source>
        <translation>&amp;Barn:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Co-applicant</source>
        <translation>Medsökande</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>No legal basis is configured: IT sets the municipality&apos;s wording. Until then no lookup is sent.</source>
        <translation>Ingen rättslig grund är inställd: IT anger kommunens formulering. Tills dess skickas ingen slagning.</translation>
    </message>
    <message>
        <source>The case system asked for the purpose &quot;%1&quot;, which is not offered here: choose the purpose.</source>
        <translation>Verksamhetssystemet bad om ändamålet &quot;%1&quot;, som inte erbjuds här: välj ändamål.</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::ReportContentDialog</name>
    <message>
        <source>%1: what goes in the case file</source>
        <translation>%1: vad som ska med i akten</translation>
    </message>
    <message>
        <source>Untick an agency to leave it out of the document. The document says which agencies were left out, and leaves them out of its sums.</source>
        <translation>Avmarkera en myndighet för att utelämna den ur dokumentet. Dokumentet anger vilka myndigheter som utelämnats och räknar inte med dem i summorna.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::ResultView</name>
    <message>
        <source>Enter a personal identity number and press Enter.</source>
        <translation>Skriv ett personnummer och tryck Enter.</translation>
    </message>
    <message>
        <source>Answer per agency</source>
        <translation>Svar per myndighet</translation>
    </message>
    <message>
        <source>Every asked agency answered.</source>
        <translation>Alla tillfrågade myndigheter svarade.</translation>
    </message>
    <message numerus="yes">
        <source>%n agency/agencies failed or did not answer — see the tabs marked so.</source>
        <translation>
            <numerusform>%n myndighet gav fel eller svarade inte — se den markerade fliken.</numerusform>
            <numerusform>%n myndigheter gav fel eller svarade inte — se de markerade flikarna.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · SSBTEK %3 · asked %4 · case %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · SSBTEK %3 · frågat %4 · ärende %5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Protected identity.&lt;/b&gt; An agency marks this person as protected (skyddad identitet or sekretessmarkering). The answer may include addresses: do not pass them on, and keep them out of documents others can read. The lookup is marked so in the audit log, and so is showing the answer.</source>
        <translation>&lt;b&gt;Skyddad identitet.&lt;/b&gt; En myndighet markerar personen som skyddad (skyddad identitet eller sekretessmarkering). Svaret kan innehålla adresser: lämna inte ut dem och håll dem borta från handlingar som andra kan läsa. Slagningen är markerad så i loggen, och att svaret visas loggas också.</translation>
    </message>
    <message>
        <source>&amp;Show the answer</source>
        <translation>&amp;Visa svaret</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::ReviewWindow</name>
    <message>
        <source>Audit log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>No audit records match the filter.</source>
        <translation>Inga loggposter matchar filtret.</translation>
    </message>
    <message>
        <source>Saved results</source>
        <translation>Sparade svar</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Sparat (UTC)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>No saved results match the filter.</source>
        <translation>Inga sparade svar matchar filtret.</translation>
    </message>
    <message>
        <source>SSBTEK — review of lookups</source>
        <translation>SSBTEK — granskning av slagningar</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>Bara mellan</translation>
    </message>
    <message>
        <source>&amp;Caseworker:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>P&amp;urpose contains:</source>
        <translation>&amp;Ändamål innehåller:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Open saved result…</source>
        <translation>Öppna sparat svar…</translation>
    </message>
    <message>
        <source>Export audit as PDF…</source>
        <translation>Exportera loggen som PDF…</translation>
    </message>
    <message>
        <source>Open saved result</source>
        <translation>Öppna sparat svar</translation>
    </message>
    <message>
        <source>Saved result id:</source>
        <translation>Sparat svars id:</translation>
    </message>
    <message>
        <source>Export audit as PDF</source>
        <translation>Exportera loggen som PDF</translation>
    </message>
    <message>
        <source>audit.pdf</source>
        <translation>logg.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Export audit</source>
        <translation>Exportera loggen</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF-filen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Saved result %1 (read-only) — saved %2 by %3</source>
        <translation>Sparat svar %1 (skrivskyddat) — sparat %2 av %3</translation>
    </message>
    <message>
        <source>(any lookup)</source>
        <translation>(alla slagningar)</translation>
    </message>
    <message>
        <source>Patterns a reviewer should look at; the thresholds are settings (followUp/…).</source>
        <translation>Mönster som en granskare bör titta på; gränserna är inställningar (followUp/…).</translation>
    </message>
    <message>
        <source>Follow-up &amp;pattern:</source>
        <translation>&amp;Mönster:</translation>
    </message>
    <message>
        <source>Follow-up pattern:</source>
        <translation>Mönster:</translation>
    </message>
    <message>
        <source>&amp;Record a review…</source>
        <translation>&amp;Registrera en granskning…</translation>
    </message>
    <message>
        <source>Export reviews as PDF…</source>
        <translation>Exportera granskningar som PDF…</translation>
    </message>
    <message>
        <source>Export reviews as PDF</source>
        <translation>Exportera granskningar som PDF</translation>
    </message>
    <message>
        <source>reviews.pdf</source>
        <translation>granskningar.pdf</translation>
    </message>
    <message>
        <source>Export reviews</source>
        <translation>Exportera granskningar</translation>
    </message>
    <message>
        <source>caseworker %1</source>
        <translation>handläggare %1</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>person %1</translation>
    </message>
    <message>
        <source>dates %1 – %2</source>
        <translation>datum %1 – %2</translation>
    </message>
    <message>
        <source>purpose contains &quot;%1&quot;</source>
        <translation>ändamål innehåller &quot;%1&quot;</translation>
    </message>
    <message>
        <source>pattern: %1</source>
        <translation>mönster: %1</translation>
    </message>
    <message>
        <source>every lookup</source>
        <translation>alla slagningar</translation>
    </message>
    <message>
        <source>Record a review</source>
        <translation>Registrera en granskning</translation>
    </message>
    <message>
        <source>Period reviewed:</source>
        <translation>Granskad period:</translation>
    </message>
    <message>
        <source>Filters used:</source>
        <translation>Filter som användes:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Iakttagelser:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Åtgärder:</translation>
    </message>
    <message>
        <source>The review could not be recorded: %1</source>
        <translation>Granskningen kunde inte registreras: %1</translation>
    </message>
    <message>
        <source>Reviews of the audit log</source>
        <translation>Granskningar av loggen</translation>
    </message>
    <message>
        <source>Review %1, %2 – %3</source>
        <translation>Granskning %1, %2 – %3</translation>
    </message>
    <message>
        <source>Recorded %1 (UTC) by %2</source>
        <translation>Registrerad %1 (UTC) av %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The log is due for follow-up:&lt;/b&gt; the last review was recorded %n day(s) ago (interval: %1 days).</source>
        <translation>
            <numerusform>&lt;b&gt;Loggen behöver följas upp:&lt;/b&gt; den senaste granskningen registrerades för %n dag sedan (intervall: %1 dagar).</numerusform>
            <numerusform>&lt;b&gt;Loggen behöver följas upp:&lt;/b&gt; den senaste granskningen registrerades för %n dagar sedan (intervall: %1 dagar).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The log is due for follow-up:&lt;/b&gt; no review has been recorded yet.</source>
        <translation>&lt;b&gt;Loggen behöver följas upp:&lt;/b&gt; ingen granskning har registrerats ännu.</translation>
    </message>
    <message>
        <source>; audit retention deleted the records through %1</source>
        <translation>; gallringen av loggen raderade posterna till och med %1</translation>
    </message>
    <message>
        <source>; newest %1</source>
        <translation>; nyaste %1</translation>
    </message>
    <message>
        <source>Chain not checked: %1</source>
        <translation>Kedjan inte kontrollerad: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact (%n record(s))</source>
        <translation>
            <numerusform>Loggkedjan är obruten (%n post)</numerusform>
            <numerusform>Loggkedjan är obruten (%n poster)</numerusform>
        </translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN: %1</source>
        <translation>LOGGKEDJAN ÄR BRUTEN: %1</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>utfall: %1</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::SettingsDialog</name>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Serial:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %4 – %5 (%n day(s) left)</source>
        <translation>
            <numerusform>&lt;b&gt;Innehavare:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Utfärdare:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Serienummer:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Giltigt:&lt;/b&gt; %4 – %5 (%n dag kvar)</numerusform>
            <numerusform>&lt;b&gt;Innehavare:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Utfärdare:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Serienummer:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Giltigt:&lt;/b&gt; %4 – %5 (%n dagar kvar)</numerusform>
        </translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certifikatet</translation>
    </message>
    <message>
        <source>SSBTEK settings</source>
        <translation>SSBTEK-inställningar</translation>
    </message>
    <message>
        <source>System-wide (set by IT): %1&lt;br&gt;Yours: %2</source>
        <translation>För hela systemet (ställs in av IT): %1&lt;br&gt;Dina: %2</translation>
    </message>
    <message>
        <source>PKCS#12 passphrase:</source>
        <translation>Lösenfras för PKCS#12:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>Välj en fil för %1</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation>Inte sparat:
%1</translation>
    </message>
    <message>
        <source>Saved. Restart the program for a new endpoint or certificate to take effect.</source>
        <translation>Sparat. Starta om programmet för att en ny adress eller ett nytt certifikat ska gälla.</translation>
    </message>
    <message>
        <source>No client certificate is configured.</source>
        <translation>Inget klientcertifikat är inställt.</translation>
    </message>
    <message>
        <source>No endpoint is configured: the built-in simulator would answer. Enter an endpoint to test.</source>
        <translation>Ingen adress är inställd: den inbyggda simulatorn skulle svara. Ange en adress att testa.</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Varning: %1: %2</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Grupper av inställningar</translation>
    </message>
    <message>
        <source>Asks SSBTEK&apos;s test operation with these settings; nothing about a person is sent.</source>
        <translation>Anropar SSBTEK:s testoperation med de här inställningarna; inget om någon person skickas.</translation>
    </message>
    <message>
        <source>locked by IT</source>
        <translation>låst av IT</translation>
    </message>
    <message>
        <source>Set by IT in %1; it cannot be changed here.</source>
        <translation>Satt av IT i %1; kan inte ändras här.</translation>
    </message>
    <message>
        <source>Locked by IT in %1</source>
        <translation>Låst av IT i %1</translation>
    </message>
    <message>
        <source>Choose &amp;certificate…</source>
        <translation>Välj &amp;certifikat…</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12, .pfx) or a PEM certificate with its key; the passphrase is asked for at once.</source>
        <translation>En PKCS#12-fil (.p12, .pfx) eller ett PEM-certifikat med sin nyckel; lösenfrasen efterfrågas direkt.</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Klientcertifikat</translation>
    </message>
    <message>
        <source>PKCS#12 passphrase</source>
        <translation>Lösenfras för PKCS#12</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Server, last connection</source>
        <translation>Servern vid senaste anslutningen</translation>
    </message>
    <message>
        <source>IT has locked the certificate in %1.</source>
        <translation>IT har låst certifikatet i %1.</translation>
    </message>
    <message numerus="yes">
        <source>Certificate chosen: %1, %n day(s) left.</source>
        <translation>
            <numerusform>Certifikat valt: %1, %n dag kvar.</numerusform>
            <numerusform>Certifikat valt: %1, %n dagar kvar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep it in this desktop&apos;s keychain (GNOME Keyring, KWallet)</source>
        <translation>&amp;Spara den i skrivbordets nyckelring (GNOME Keyring, KWallet)</translation>
    </message>
    <message>
        <source>Saved then; without a keychain it is asked for at each start.</source>
        <translation>Sparas när du sparar; utan nyckelring efterfrågas den vid varje start.</translation>
    </message>
    <message>
        <source>&amp;Forget the kept passphrase</source>
        <translation>&amp;Glöm den sparade lösenfrasen</translation>
    </message>
    <message>
        <source>The passphrase is kept in the keychain.</source>
        <translation>Lösenfrasen är sparad i nyckelringen.</translation>
    </message>
    <message>
        <source>No PKCS#12 certificate is configured.</source>
        <translation>Inget PKCS#12-certifikat är inställt.</translation>
    </message>
    <message>
        <source>No passphrase is kept for %1 now.</source>
        <translation>Ingen lösenfras är sparad för %1 nu.</translation>
    </message>
    <message>
        <source>Used now; never written to a file</source>
        <translation>Används nu; skrivs aldrig till en fil</translation>
    </message>
    <message>
        <source>used now; never written to a file</source>
        <translation>används nu; skrivs aldrig till en fil</translation>
    </message>
</context>
<context>
    <name>ssbtek::ui::TablePanel</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrera %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy %1 as text</source>
        <translation>Kopiera %1 som text</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exportera %1 som CSV</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Kopiera tabellen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
</TS>
