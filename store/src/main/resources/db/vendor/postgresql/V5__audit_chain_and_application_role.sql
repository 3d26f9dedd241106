-- The audit chain's links are append-only like the rows they link; its head is only moved forward.
CREATE TRIGGER audit_chain_no_change BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The application's role (docs/credit-ledger.md): the server connects as a login role that is a
-- member of zhonghe_app, and migrations run as the tables' owner. zhonghe_app reads and writes rows
-- but owns nothing, so it cannot ALTER, DROP or TRUNCATE a table, nor drop or disable a trigger;
-- the audit log and its chain it may only read and append to. Made here when the owner may create
-- roles; otherwise a DBA creates it first (CREATE ROLE zhonghe_app NOLOGIN).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhonghe_app') THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolcreaterole OR rolsuper)) THEN
            CREATE ROLE zhonghe_app NOLOGIN;
        ELSE
            RAISE NOTICE 'role zhonghe_app is missing and % may not create it: the application runs as the owner', current_user;
            RETURN;
        END IF;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO zhonghe_app', current_schema());
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO zhonghe_app', current_schema());
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO zhonghe_app', current_schema());
    REVOKE UPDATE, DELETE ON audit_log, audit_chain FROM zhonghe_app;
    REVOKE DELETE ON audit_head FROM zhonghe_app;
    REVOKE ALL ON flyway_schema_history FROM zhonghe_app;
    GRANT SELECT ON flyway_schema_history TO zhonghe_app;
    -- tables later migrations make: the same rights (a later migration narrows them where it must)
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO zhonghe_app', current_schema());
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO zhonghe_app', current_schema());
END
$$;
