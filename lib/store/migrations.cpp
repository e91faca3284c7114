#include "migrations.h"

#include "store.h"

using namespace Qt::StringLiterals;

namespace ssbtek::store::migrations {

namespace {

// The audit hash covers these fields, joined by U+001F, then the previous hash. The same
// order is used by AuditRecord::computeHash(1) and by the PostgreSQL functions below.
const QString PgCanonical
    = u"concat_ws(chr(31), %1.at, %1.kind, %1.caseworker, %1.unit, %1.person, %1.purpose, "
      "%1.legal_basis, %1.version, %1.agencies, %1.outcome, %1.case_id, %1.endpoint, %1.detail, %2)"_s;

// The chain check: each record's prev_hash is the hash before it and its own hash is right.
const QString PgVerifyLoop = u"  FOR r IN SELECT * FROM audit_log ORDER BY id LOOP "
                             "    records := records + 1; "
                             "    IF first_broken = 0 AND (r.prev_hash <> prev OR r.hash <> encode(sha256(convert_to("_s
    + PgCanonical.arg(u"r"_s, u"prev"_s)
    + u", 'UTF8')), 'hex')) THEN first_broken := r.id; END IF; "
      "    prev := r.hash; "
      "  END LOOP; "_s;

// 2: units (who belongs where), and indexes for the supervisor's searches; the same on both.
QStringList unitsAndIndexes()
{
    return { u"ALTER TABLE audit_log ADD COLUMN unit TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE saved_result ADD COLUMN unit TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE INDEX audit_person ON audit_log(person)"_s,
        u"CREATE INDEX audit_caseworker ON audit_log(caseworker)"_s, u"CREATE INDEX audit_at ON audit_log(at)"_s,
        u"CREATE INDEX saved_person ON saved_result(person)"_s, u"CREATE INDEX saved_at ON saved_result(saved_at)"_s };
}

// The version-2 hash input: "v2", then each field as its length in UTF-8 bytes, ':' and the
// field, so no text inside a field can move a boundary. Hashes so made read "v2:<hex>".
const QString PgHashV2
    = u"'v2:' || encode(sha256(convert_to('v2' || "
      "pg_catalog.concat(octet_length(%1.at), ':', %1.at, octet_length(%1.kind), ':', %1.kind, "
      "octet_length(%1.caseworker), ':', %1.caseworker, octet_length(%1.unit), ':', %1.unit, "
      "octet_length(%1.person), ':', %1.person, octet_length(%1.purpose), ':', %1.purpose, "
      "octet_length(%1.legal_basis), ':', %1.legal_basis, octet_length(%1.version), ':', %1.version, "
      "octet_length(%1.agencies), ':', %1.agencies, octet_length(%1.outcome), ':', %1.outcome, "
      "octet_length(%1.case_id), ':', %1.case_id, octet_length(%1.endpoint), ':', %1.endpoint, "
      "octet_length(%1.detail), ':', %1.detail, octet_length(%2), ':', %2), 'UTF8')), 'hex')"_s;

// Every function below runs with this path: the catalogue first, temporary objects last and
// never for functions, and every table named with its schema. Nothing a login creates can
// stand in for what these functions call.
const QString Path = u"SET search_path = pg_catalog, pg_temp"_s;

// The chained insert: `caseworker` and `unit` are SQL expressions (the login itself, or a
// parameter of the gateway's function); the rest is the record as given.
QString chainFunction(const QString &name, const QString &leadingParams, const QString &caseworker, const QString &unit)
{
    return u"CREATE FUNCTION %3(%4p_at text, p_kind text, p_person text, p_purpose text, p_legal_basis text, "
           "p_version text, p_agencies text, p_outcome text, p_case_id text, p_endpoint text, p_detail text) "
           "RETURNS bigint LANGUAGE plpgsql %1 AS $$ "
           "DECLARE r public.audit_log%ROWTYPE; prev text; new_id bigint; "
           "BEGIN "
           "  PERFORM pg_catalog.pg_advisory_xact_lock(733137::bigint); "
           "  SELECT hash INTO prev FROM public.audit_log ORDER BY id DESC LIMIT 1; "
           "  r.at := p_at; r.kind := p_kind; r.caseworker := %5; r.unit := %6; "
           "  r.person := p_person; r.purpose := p_purpose; r.legal_basis := p_legal_basis; r.version := p_version; "
           "  r.agencies := p_agencies; r.outcome := p_outcome; r.case_id := p_case_id; r.endpoint := p_endpoint; "
           "  r.detail := p_detail; r.prev_hash := coalesce(prev, ''); "
           "  r.hash := %2; "
           "  INSERT INTO public.audit_log (at, kind, caseworker, unit, person, purpose, legal_basis, version, "
           "agencies, "
           "    outcome, case_id, endpoint, detail, prev_hash, hash) VALUES (r.at, r.kind, r.caseworker, r.unit, "
           "r.person, "
           "    r.purpose, r.legal_basis, r.version, r.agencies, r.outcome, r.case_id, r.endpoint, r.detail, "
           "r.prev_hash, "
           "    r.hash) RETURNING id INTO new_id; "
           "  RETURN new_id; "
           "END $$"_s.arg(Path, PgHashV2.arg(u"r"_s, u"r.prev_hash"_s), name, leadingParams, caseworker, unit);
}

// 5: functions no login can hijack, and a log whose times, kinds, anchors and reviews the
// server decides.
QStringList hardened()
{
    return {
        // Whether the caller is IT: the owner of the log or a superuser (who is a member of
        // every role, so membership cannot tell). Everyone else is a person at a desktop.
        u"CREATE FUNCTION ssbtek_is_owner() RETURNS boolean LANGUAGE sql STABLE %1 AS $$ "
        "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = session_user AND rolsuper) "
        "OR session_user = (SELECT pg_catalog.pg_get_userbyid(relowner) FROM pg_catalog.pg_class "
        "WHERE oid = 'public.audit_log'::pg_catalog.regclass) $$"_s.arg(Path),
        u"CREATE OR REPLACE FUNCTION ssbtek_my_unit() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER %1 "
        "AS $$ SELECT unit FROM public.ssbtek_staff WHERE login = session_user $$"_s.arg(Path),
        // The chained insert itself: not callable by anyone but the functions below.
        chainFunction(
            u"ssbtek_audit_chain"_s, QString(), u"session_user"_s, u"coalesce(public.ssbtek_my_unit(), '')"_s),
        u"REVOKE ALL ON FUNCTION ssbtek_audit_chain(text, text, text, text, text, text, text, text, text, text, text) "
        "FROM PUBLIC"_s,
        u"CREATE FUNCTION ssbtek_server_time() RETURNS text LANGUAGE sql VOLATILE %1 AS $$ "
        "SELECT pg_catalog.to_char(pg_catalog.clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') $$"_s
            .arg(Path),
        // The one way in for the program: the server stamps time, login and unit; a login
        // writes only the kinds of its role. Only the owner (IT, importing an older log)
        // may give a time.
        u"DROP FUNCTION ssbtek_audit_append(text, text, text, text, text, text, text, text, text, text, text)"_s,
        u"CREATE FUNCTION ssbtek_audit_append(p_at text, p_kind text, p_person text, p_purpose text, p_legal_basis "
        u"text, "
        "p_version text, p_agencies text, p_outcome text, p_case_id text, p_endpoint text, p_detail text) "
        "RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER %1 AS $$ "
        "DECLARE staff boolean := NOT public.ssbtek_is_owner(); "
        "BEGIN "
        "  IF p_kind = 'review' AND NOT pg_catalog.pg_has_role(session_user, 'ssbtek_supervisor', 'MEMBER') THEN "
        "    RAISE EXCEPTION 'only a supervisor records a review'; END IF; "
        "  IF p_kind NOT IN ('asked', 'query', 'interrupted', 'save', 'opened', 'disclosed', 'review') "
        "     AND (staff OR p_kind = 'audit-retention') THEN "
        "    RAISE EXCEPTION 'audit records of kind % are not written this way', p_kind; END IF; "
        "  RETURN public.ssbtek_audit_chain(CASE WHEN staff OR coalesce(p_at, '') = '' THEN "
        "public.ssbtek_server_time() "
        "    ELSE p_at END, p_kind, p_person, p_purpose, p_legal_basis, p_version, p_agencies, p_outcome, p_case_id, "
        "    p_endpoint, p_detail); "
        "END $$"_s.arg(Path),
        u"REVOKE ALL ON FUNCTION ssbtek_audit_append(text, text, text, text, text, text, text, text, text, text, text) FROM PUBLIC"_s,
        u"GRANT EXECUTE ON FUNCTION ssbtek_audit_append(text, text, text, text, text, text, text, text, text, text, "
        u"text) "
        "TO ssbtek_caseworker, ssbtek_supervisor"_s,
        // Deletion is allowed only for the ids a running retention wrote down in this
        // transaction, in a table no login may write: not a setting anyone can set.
        u"CREATE TABLE ssbtek_purge (txid bigint PRIMARY KEY, through_id bigint NOT NULL)"_s,
        u"REVOKE ALL ON public.ssbtek_purge FROM PUBLIC"_s,
        u"CREATE OR REPLACE FUNCTION ssbtek_audit_immutable() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER %1 AS "
        u"$$ "
        "BEGIN "
        "IF TG_OP = 'DELETE' AND OLD.id <= coalesce((SELECT through_id FROM public.ssbtek_purge "
        "    WHERE txid = pg_catalog.txid_current()), 0) THEN RETURN OLD; END IF; "
        "RAISE EXCEPTION 'audit records cannot be changed or deleted'; END $$"_s.arg(Path),
        u"REVOKE ALL ON FUNCTION ssbtek_audit_immutable() FROM PUBLIC"_s,
        u"CREATE FUNCTION ssbtek_audit_no_truncate() RETURNS trigger LANGUAGE plpgsql %1 AS $$ BEGIN "
        "RAISE EXCEPTION 'the audit log cannot be truncated'; END $$"_s.arg(Path),
        u"CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT "
        "EXECUTE FUNCTION ssbtek_audit_no_truncate()"_s,
        // Retention by the server's clock and by id: only the oldest records, up to the first
        // one that is not old enough, so one record with a wrong time cannot take newer ones
        // along; never less than a year.
        u"DROP FUNCTION ssbtek_audit_retention(text, text, integer)"_s,
        u"CREATE FUNCTION ssbtek_audit_retention(p_days integer, OUT deleted bigint, OUT through_id bigint) "
        "LANGUAGE plpgsql SECURITY DEFINER %1 AS $$ "
        "DECLARE h text; cutoff text; "
        "BEGIN "
        "  IF p_days IS NULL OR p_days < %2 THEN RAISE EXCEPTION 'audit retention keeps at least %2 days'; END IF; "
        "  PERFORM pg_catalog.pg_advisory_xact_lock(733137::bigint); "
        "  cutoff := pg_catalog.to_char((pg_catalog.clock_timestamp() - pg_catalog.make_interval(days => p_days)) "
        "    AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); "
        "  SELECT coalesce(min(id) - 1, (SELECT max(id) FROM public.audit_log), 0) INTO through_id "
        "    FROM public.audit_log WHERE at >= cutoff; "
        "  through_id := coalesce(through_id, 0); "
        "  SELECT hash INTO h FROM public.audit_log WHERE id = through_id; h := coalesce(h, ''); "
        "  SELECT count(*) INTO deleted FROM public.audit_log WHERE id <= through_id; "
        "  PERFORM public.ssbtek_audit_chain(public.ssbtek_server_time(), 'audit-retention', '', '', '', '', '', "
        "    'deleted', '', '', pg_catalog.json_build_object('days', p_days, 'before', cutoff, 'deleted', deleted, "
        "    'throughId', through_id, 'throughHash', h)::text); "
        "  INSERT INTO public.ssbtek_purge VALUES (pg_catalog.txid_current(), through_id); "
        "  DELETE FROM public.audit_log WHERE id <= through_id; "
        "  DELETE FROM public.ssbtek_purge WHERE txid = pg_catalog.txid_current(); "
        "END $$"_s.arg(Path)
            .arg(MinimumAuditRetentionDays),
        u"REVOKE ALL ON FUNCTION ssbtek_audit_retention(integer) FROM PUBLIC"_s, // the owner's, as IT's
        // Verification reads anchors only from the server's own retention records, and a
        // detail that is not JSON breaks nothing; hashes of either version verify, and once
        // a version-2 record is in the chain, every later one must be too.
        u"DROP FUNCTION ssbtek_audit_verify()"_s,
        u"CREATE FUNCTION ssbtek_audit_verify(OUT records bigint, OUT first_broken bigint, OUT starts_after bigint, "
        "OUT newest_at text) LANGUAGE plpgsql SECURITY DEFINER %1 AS $$ "
        "DECLARE r record; a record; prev text := ''; first_id bigint; expected text; v2 boolean := false; through "
        "bigint; "
        "BEGIN records := 0; first_broken := 0; starts_after := 0; "
        "  SELECT min(id) INTO first_id FROM public.audit_log; "
        "  FOR a IN SELECT detail FROM public.audit_log WHERE kind = 'audit-retention' LOOP "
        "    BEGIN through := (a.detail::jsonb->>'throughId')::bigint; "
        "      IF through < first_id AND through > starts_after THEN "
        "        starts_after := through; prev := coalesce(a.detail::jsonb->>'throughHash', ''); END IF; "
        "    EXCEPTION WHEN others THEN NULL; END; "
        "  END LOOP; "
        "  FOR r IN SELECT * FROM public.audit_log ORDER BY id LOOP "
        "    records := records + 1; newest_at := r.at; "
        "    IF pg_catalog.starts_with(r.hash, 'v2:') THEN v2 := true; expected := %2; "
        "    ELSIF v2 THEN expected := NULL; "
        "    ELSE expected := encode(sha256(convert_to(%3, 'UTF8')), 'hex'); END IF; "
        "    IF first_broken = 0 AND (r.prev_hash <> prev OR expected IS NULL OR r.hash <> expected) THEN "
        "      first_broken := r.id; END IF; "
        "    prev := r.hash; "
        "  END LOOP; "
        "END $$"_s.arg(Path, PgHashV2.arg(u"r"_s, u"prev"_s), PgCanonical.arg(u"r"_s, u"prev"_s)),
        u"REVOKE ALL ON FUNCTION ssbtek_audit_verify() FROM PUBLIC"_s,
        u"GRANT EXECUTE ON FUNCTION ssbtek_audit_verify() TO ssbtek_supervisor"_s,
        u"REVOKE ALL ON FUNCTION ssbtek_is_owner() FROM PUBLIC"_s,
        u"REVOKE ALL ON FUNCTION ssbtek_server_time() FROM PUBLIC"_s,
        // Logins create nothing in the shared schema and no temporary objects in this
        // database, where the owner may revoke it (PostgreSQL 15 already does the first).
        u"DO $$ BEGIN "
        "  BEGIN REVOKE CREATE ON SCHEMA public FROM PUBLIC; "
        "  EXCEPTION WHEN insufficient_privilege THEN RAISE WARNING 'CREATE on schema public is still granted to "
        "PUBLIC'; END; "
        "  BEGIN EXECUTE pg_catalog.format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', "
        "pg_catalog.current_database()); "
        "  EXCEPTION WHEN insufficient_privilege THEN RAISE WARNING 'TEMPORARY is still granted to PUBLIC'; END; "
        "END $$"_s,
    };
}

// 6: ssbtek-gateway. The staff table says who may ask (enabled) and in which role; the
// gateway's login writes records for the caseworker its client certificate names, never a
// review or an anchor: a lookup is asked only for enabled staff (its outcome is recorded
// even if the member was disabled meanwhile), and a refusal names whoever was refused.
QStringList gateway()
{
    const QString params = u"text, text, text, text, text, text, text, text, text, text, text, text"_s;
    return {
        u"ALTER TABLE public.ssbtek_staff ADD COLUMN enabled boolean NOT NULL DEFAULT true"_s,
        u"ALTER TABLE public.ssbtek_staff DROP CONSTRAINT ssbtek_staff_role_check"_s,
        u"ALTER TABLE public.ssbtek_staff ADD CONSTRAINT ssbtek_staff_role_check "
        "CHECK (role IN ('caseworker', 'supervisor', 'contact-centre'))"_s,
        u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'ssbtek_gateway') THEN "
        "CREATE ROLE ssbtek_gateway NOLOGIN; END IF; END $$"_s,
        chainFunction(
            u"ssbtek_audit_chain_as"_s, u"p_caseworker text, p_unit text, "_s, u"p_caseworker"_s, u"p_unit"_s),
        u"REVOKE ALL ON FUNCTION ssbtek_audit_chain_as(%1) FROM PUBLIC"_s.arg(params + u", text"_s),
        u"CREATE FUNCTION ssbtek_gateway_staff(p_login text, OUT unit text, OUT role text, OUT enabled boolean) "
        "LANGUAGE plpgsql STABLE SECURITY DEFINER %1 AS $$ BEGIN "
        "  IF NOT pg_catalog.pg_has_role(session_user, 'ssbtek_gateway', 'MEMBER') AND NOT public.ssbtek_is_owner() "
        "THEN "
        "    RAISE EXCEPTION 'only the gateway reads the staff table this way'; END IF; "
        "  SELECT s.unit, s.role, s.enabled INTO unit, role, enabled FROM public.ssbtek_staff s WHERE s.login = "
        "p_login; "
        "END $$"_s.arg(Path),
        u"REVOKE ALL ON FUNCTION ssbtek_gateway_staff(text) FROM PUBLIC"_s,
        u"GRANT EXECUTE ON FUNCTION ssbtek_gateway_staff(text) TO ssbtek_gateway"_s,
        u"CREATE FUNCTION ssbtek_gateway_append(p_caseworker text, p_at text, p_kind text, p_person text, p_purpose "
        u"text, "
        "p_legal_basis text, p_version text, p_agencies text, p_outcome text, p_case_id text, p_endpoint text, "
        "p_detail text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER %1 AS $$ "
        "DECLARE s public.ssbtek_staff%ROWTYPE; "
        "BEGIN "
        "  IF NOT pg_catalog.pg_has_role(session_user, 'ssbtek_gateway', 'MEMBER') THEN "
        "    RAISE EXCEPTION 'only the gateway writes audit records for others'; END IF; "
        "  IF p_kind NOT IN ('asked', 'query', 'interrupted', 'refused') THEN "
        "    RAISE EXCEPTION 'the gateway does not write audit records of kind %', p_kind; END IF; "
        "  SELECT * INTO s FROM public.ssbtek_staff WHERE login = p_caseworker; "
        "  IF (p_kind = 'asked' AND NOT coalesce(s.enabled, false)) OR (p_kind <> 'refused' AND s.login IS NULL) THEN "
        "    RAISE EXCEPTION 'not an enabled member of staff'; END IF; "
        "  RETURN public.ssbtek_audit_chain_as(coalesce(p_caseworker, ''), coalesce(s.unit, ''), "
        "    public.ssbtek_server_time(), p_kind, p_person, p_purpose, p_legal_basis, p_version, p_agencies, "
        "p_outcome, "
        "    p_case_id, p_endpoint, p_detail); "
        "END $$"_s.arg(Path),
        u"REVOKE ALL ON FUNCTION ssbtek_gateway_append(%1) FROM PUBLIC"_s.arg(params),
        u"GRANT EXECUTE ON FUNCTION ssbtek_gateway_append(%1) TO ssbtek_gateway"_s.arg(params),
        // It finds its own unfinished lookups after a crash: it reads the log, writes nothing.
        u"GRANT SELECT ON public.audit_log TO ssbtek_gateway"_s,
        u"GRANT SELECT ON public.schema_version TO ssbtek_gateway"_s,
        u"CREATE POLICY audit_gateway ON public.audit_log FOR SELECT TO ssbtek_gateway USING (true)"_s,
    };
}

} // namespace

QList<QStringList> sqlite()
{
    return {
        // 1: the audit log and saved results.
        { u"CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, kind TEXT NOT NULL, "
          "caseworker TEXT NOT NULL, person TEXT NOT NULL, purpose TEXT NOT NULL, legal_basis TEXT NOT NULL, "
          "version TEXT NOT NULL, agencies TEXT NOT NULL, outcome TEXT NOT NULL, case_id TEXT NOT NULL, "
          "endpoint TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
            u"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed'); END"_s,
            u"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit records cannot be deleted'); END"_s,
            u"CREATE TABLE saved_result (id INTEGER PRIMARY KEY AUTOINCREMENT, saved_at TEXT NOT NULL, caseworker TEXT "
            u"NOT NULL, "
            "person TEXT NOT NULL, period_from TEXT NOT NULL, period_to TEXT NOT NULL, version INTEGER NOT NULL, "
            "case_id TEXT NOT NULL, agencies TEXT NOT NULL, note TEXT NOT NULL, raw_answer BLOB NOT NULL)"_s },
        unitsAndIndexes(),
        // 3: audit retention finds its anchors (and the review its records) by kind.
        { u"CREATE INDEX audit_kind ON audit_log(kind)"_s },
        // 4: append only. INSERT OR REPLACE deletes the row it replaces without firing the
        // delete trigger, so an insert may not name an id the log has had.
        // (An id the program leaves to SQLite reads -1 here.)
        { u"CREATE TRIGGER audit_append_only BEFORE INSERT ON audit_log "
          "WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) "
          "OR (NEW.id >= 0 AND NEW.id <= coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0)) "
          "BEGIN SELECT RAISE(ABORT, 'audit records can only be appended'); END"_s },
        // 5: staff for a single ssbtek-gateway on SQLite (IT's file; the gateway's alone).
        { u"CREATE TABLE ssbtek_staff (login TEXT PRIMARY KEY, unit TEXT NOT NULL, role TEXT NOT NULL "
          "CHECK (role IN ('caseworker', 'supervisor', 'contact-centre')), enabled INTEGER NOT NULL DEFAULT 1)"_s },
    };
}

QList<QStringList> postgres()
{
    return {
        { u"CREATE TABLE audit_log (id BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, "
          "caseworker TEXT NOT NULL, person TEXT NOT NULL, purpose TEXT NOT NULL, legal_basis TEXT NOT NULL, "
          "version TEXT NOT NULL, agencies TEXT NOT NULL, outcome TEXT NOT NULL, case_id TEXT NOT NULL, "
          "endpoint TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
            u"CREATE FUNCTION ssbtek_audit_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'audit records cannot be changed or deleted'; END $$"_s,
            u"CREATE TRIGGER audit_immutable BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW "
            "EXECUTE FUNCTION ssbtek_audit_immutable()"_s,
            u"CREATE TABLE saved_result (id BIGSERIAL PRIMARY KEY, saved_at TEXT NOT NULL, caseworker TEXT NOT NULL, "
            "person TEXT NOT NULL, period_from TEXT NOT NULL, period_to TEXT NOT NULL, version INTEGER NOT NULL, "
            "case_id TEXT NOT NULL, agencies TEXT NOT NULL, note TEXT NOT NULL, raw_answer BYTEA NOT NULL)"_s },
        unitsAndIndexes(),
        // 3: a unit's shared database — roles, staff, row-level security, and the audit
        // written and verified only through functions that see the whole chain.
        { u"DO $$ BEGIN "
          "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ssbtek_caseworker') THEN CREATE ROLE "
          "ssbtek_caseworker NOLOGIN; END IF; "
          "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ssbtek_supervisor') THEN CREATE ROLE "
          "ssbtek_supervisor NOLOGIN; END IF; "
          "END $$"_s,
            u"CREATE TABLE ssbtek_staff (login TEXT PRIMARY KEY, unit TEXT NOT NULL, role TEXT NOT NULL "
            "CHECK (role IN ('caseworker', 'supervisor')))"_s,
            u"CREATE FUNCTION ssbtek_my_unit() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = "
            u"public "
            "AS $$ SELECT unit FROM ssbtek_staff WHERE login = session_user $$"_s,
            u"CREATE FUNCTION ssbtek_audit_append(p_at text, p_kind text, p_person text, p_purpose text, p_legal_basis "
            u"text, "
            "p_version text, p_agencies text, p_outcome text, p_case_id text, p_endpoint text, p_detail text) "
            "RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ "
            "DECLARE r audit_log%ROWTYPE; prev text; new_id bigint; "
            "BEGIN "
            "  PERFORM pg_advisory_xact_lock(733137); "
            "  SELECT hash INTO prev FROM audit_log ORDER BY id DESC LIMIT 1; "
            "  r.at := p_at; r.kind := p_kind; r.caseworker := session_user; r.unit := coalesce(ssbtek_my_unit(), ''); "
            "  r.person := p_person; r.purpose := p_purpose; r.legal_basis := p_legal_basis; r.version := p_version; "
            "  r.agencies := p_agencies; r.outcome := p_outcome; r.case_id := p_case_id; r.endpoint := p_endpoint; "
            "  r.detail := p_detail; r.prev_hash := coalesce(prev, ''); "
            "  r.hash := encode(sha256(convert_to("_s
                + PgCanonical.arg(u"r"_s, u"r.prev_hash"_s)
                + u", 'UTF8')), 'hex'); "
                  "  INSERT INTO audit_log (at, kind, caseworker, unit, person, purpose, legal_basis, version, "
                  "agencies, outcome, "
                  "    case_id, endpoint, detail, prev_hash, hash) VALUES (r.at, r.kind, r.caseworker, r.unit, "
                  "r.person, r.purpose, "
                  "    r.legal_basis, r.version, r.agencies, r.outcome, r.case_id, r.endpoint, r.detail, r.prev_hash, "
                  "r.hash) "
                  "    RETURNING id INTO new_id; "
                  "  RETURN new_id; "
                  "END $$"_s,
            u"CREATE FUNCTION ssbtek_audit_verify(OUT records bigint, OUT first_broken bigint) LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path = public AS $$ "
            "DECLARE r record; prev text := ''; "
            "BEGIN records := 0; first_broken := 0; "_s
                + PgVerifyLoop + u"END $$"_s,
            u"REVOKE ALL ON FUNCTION ssbtek_audit_append(text, text, text, text, text, text, text, text, text, text, text) FROM PUBLIC"_s,
            u"REVOKE ALL ON FUNCTION ssbtek_audit_verify() FROM PUBLIC"_s,
            u"GRANT EXECUTE ON FUNCTION ssbtek_audit_append(text, text, text, text, text, text, text, text, text, "
            u"text, text) "
            "TO ssbtek_caseworker, ssbtek_supervisor"_s,
            u"GRANT EXECUTE ON FUNCTION ssbtek_audit_verify() TO ssbtek_supervisor"_s,
            u"GRANT EXECUTE ON FUNCTION ssbtek_my_unit() TO ssbtek_caseworker, ssbtek_supervisor"_s,
            u"ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY"_s,
            u"CREATE POLICY audit_own ON audit_log FOR SELECT TO ssbtek_caseworker USING (caseworker = session_user)"_s,
            u"CREATE POLICY audit_unit ON audit_log FOR SELECT TO ssbtek_supervisor USING (unit = ssbtek_my_unit())"_s,
            u"ALTER TABLE saved_result ENABLE ROW LEVEL SECURITY"_s,
            u"CREATE POLICY saved_own ON saved_result FOR ALL TO ssbtek_caseworker USING (caseworker = session_user) "
            "WITH CHECK (caseworker = session_user AND unit = coalesce(ssbtek_my_unit(), ''))"_s,
            u"CREATE POLICY saved_unit ON saved_result FOR SELECT TO ssbtek_supervisor USING (unit = ssbtek_my_unit())"_s,
            u"GRANT SELECT ON audit_log TO ssbtek_caseworker, ssbtek_supervisor"_s, // no INSERT, UPDATE or DELETE
            u"GRANT SELECT, INSERT ON saved_result TO ssbtek_caseworker"_s,
            u"GRANT SELECT ON saved_result TO ssbtek_supervisor"_s,
            u"GRANT USAGE ON SEQUENCE saved_result_id_seq TO ssbtek_caseworker"_s,
            u"GRANT SELECT ON schema_version TO ssbtek_caseworker, ssbtek_supervisor"_s },
        // 4: audit retention. The oldest records may go, through one function that first
        // appends a record naming the last one deleted and its hash: the chain's new anchor.
        { u"CREATE INDEX audit_kind ON audit_log(kind)"_s,
            u"CREATE OR REPLACE FUNCTION ssbtek_audit_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP = 'DELETE' AND OLD.id <= coalesce(nullif(current_setting('ssbtek.purge_through', true), ''), "
            "'0')::bigint "
            "THEN RETURN OLD; END IF; "
            "RAISE EXCEPTION 'audit records cannot be changed or deleted'; END $$"_s,
            u"CREATE FUNCTION ssbtek_audit_retention(p_at text, p_before text, p_days integer, OUT deleted bigint, "
            "OUT through_id bigint) LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ "
            "DECLARE h text; "
            "BEGIN "
            "  PERFORM pg_advisory_xact_lock(733137); "
            "  SELECT id, hash INTO through_id, h FROM audit_log WHERE at < p_before ORDER BY id DESC LIMIT 1; "
            "  through_id := coalesce(through_id, 0); h := coalesce(h, ''); "
            "  SELECT count(*) INTO deleted FROM audit_log WHERE id <= through_id; "
            "  PERFORM ssbtek_audit_append(p_at, 'audit-retention', '', '', '', '', '', 'deleted', '', '', "
            "    json_build_object('days', p_days, 'before', p_before, 'deleted', deleted, 'throughId', through_id, "
            "                      'throughHash', h)::text); "
            "  PERFORM set_config('ssbtek.purge_through', through_id::text, true); "
            "  DELETE FROM audit_log WHERE id <= through_id; "
            "  PERFORM set_config('ssbtek.purge_through', '', true); "
            "END $$"_s,
            u"REVOKE ALL ON FUNCTION ssbtek_audit_retention(text, text, integer) FROM PUBLIC"_s, // the owner's, as IT's
            u"DROP FUNCTION ssbtek_audit_verify()"_s,
            u"CREATE FUNCTION ssbtek_audit_verify(OUT records bigint, OUT first_broken bigint, OUT starts_after "
            u"bigint) "
            "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ "
            "DECLARE r record; prev text := ''; first_id bigint; "
            "BEGIN records := 0; first_broken := 0; starts_after := 0; "
            "  SELECT min(id) INTO first_id FROM audit_log; "
            "  SELECT (detail::jsonb->>'throughId')::bigint, detail::jsonb->>'throughHash' INTO starts_after, prev "
            "    FROM audit_log WHERE kind = 'audit-retention' AND (detail::jsonb->>'throughId')::bigint < first_id "
            "    ORDER BY (detail::jsonb->>'throughId')::bigint DESC LIMIT 1; "
            "  starts_after := coalesce(starts_after, 0); prev := coalesce(prev, ''); "_s
                + PgVerifyLoop + u"END $$"_s,
            u"REVOKE ALL ON FUNCTION ssbtek_audit_verify() FROM PUBLIC"_s,
            u"GRANT EXECUTE ON FUNCTION ssbtek_audit_verify() TO ssbtek_supervisor"_s },
        hardened(),
        gateway(),
    };
}

} // namespace ssbtek::store::migrations
