-- The audit log is append-only in the database itself, not only by the absence of routes:
-- an UPDATE or DELETE of audit_log fails (H2 fires no trigger on TRUNCATE; it refuses TRUNCATE of a
-- table other tables do not reference only, and nothing in Zhonghe issues one).
CREATE TRIGGER audit_log_no_change BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW
    CALL 'org.zhonghe.store.AppendOnly';
