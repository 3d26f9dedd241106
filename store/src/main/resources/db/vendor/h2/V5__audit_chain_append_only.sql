-- The audit chain's links are append-only like the rows they link; its head is only moved forward
-- (an UPDATE by each append), never deleted.
CREATE TRIGGER audit_chain_no_change BEFORE UPDATE, DELETE ON audit_chain FOR EACH ROW
    CALL 'org.zhonghe.store.AppendOnly';
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head FOR EACH ROW
    CALL 'org.zhonghe.store.AppendOnly';
