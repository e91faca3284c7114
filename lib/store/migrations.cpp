#include "migrations.h"

using namespace Qt::StringLiterals;

namespace ssbtek::store::migrations {

namespace {

// The audit hash covers these fields, joined by U+001F, then the previous hash. The same
// order is used by AuditRecord::canonical() and by the PostgreSQL functions below.
const QString PgCanonical = u"concat_ws(chr(31), %1.at, %1.kind, %1.caseworker, %1.unit, %1.person, %1.purpose, "
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
             u"CREATE INDEX audit_caseworker ON audit_log(caseworker)"_s,
             u"CREATE INDEX audit_at ON audit_log(at)"_s,
             u"CREATE INDEX saved_person ON saved_result(person)"_s,
             u"CREATE INDEX saved_at ON saved_result(saved_at)"_s };
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
          u"CREATE TABLE saved_result (id INTEGER PRIMARY KEY AUTOINCREMENT, saved_at TEXT NOT NULL, caseworker TEXT NOT NULL, "
          "person TEXT NOT NULL, period_from TEXT NOT NULL, period_to TEXT NOT NULL, version INTEGER NOT NULL, "
          "case_id TEXT NOT NULL, agencies TEXT NOT NULL, note TEXT NOT NULL, raw_answer BLOB NOT NULL)"_s },
        unitsAndIndexes(),
        // 3: audit retention finds its anchors (and the review its records) by kind.
        { u"CREATE INDEX audit_kind ON audit_log(kind)"_s },
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
          "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ssbtek_caseworker') THEN CREATE ROLE ssbtek_caseworker NOLOGIN; END IF; "
          "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ssbtek_supervisor') THEN CREATE ROLE ssbtek_supervisor NOLOGIN; END IF; "
          "END $$"_s,
          u"CREATE TABLE ssbtek_staff (login TEXT PRIMARY KEY, unit TEXT NOT NULL, role TEXT NOT NULL "
          "CHECK (role IN ('caseworker', 'supervisor')))"_s,
          u"CREATE FUNCTION ssbtek_my_unit() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public "
          "AS $$ SELECT unit FROM ssbtek_staff WHERE login = session_user $$"_s,
          u"CREATE FUNCTION ssbtek_audit_append(p_at text, p_kind text, p_person text, p_purpose text, p_legal_basis text, "
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
          "  r.hash := encode(sha256(convert_to("_s + PgCanonical.arg(u"r"_s, u"r.prev_hash"_s) + u", 'UTF8')), 'hex'); "
          "  INSERT INTO audit_log (at, kind, caseworker, unit, person, purpose, legal_basis, version, agencies, outcome, "
          "    case_id, endpoint, detail, prev_hash, hash) VALUES (r.at, r.kind, r.caseworker, r.unit, r.person, r.purpose, "
          "    r.legal_basis, r.version, r.agencies, r.outcome, r.case_id, r.endpoint, r.detail, r.prev_hash, r.hash) "
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
          u"GRANT EXECUTE ON FUNCTION ssbtek_audit_append(text, text, text, text, text, text, text, text, text, text, text) "
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
          "IF TG_OP = 'DELETE' AND OLD.id <= coalesce(nullif(current_setting('ssbtek.purge_through', true), ''), '0')::bigint "
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
          u"CREATE FUNCTION ssbtek_audit_verify(OUT records bigint, OUT first_broken bigint, OUT starts_after bigint) "
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
    };
}

} // namespace ssbtek::store::migrations
