-- Registry records read back from the store as the folder gives them (issue 16): the class
-- mapping's reason and source, and the order the records were read in (seq, per registry).
-- Records imported before this migration lack them and are removed with their folders' hashes:
-- the next `zhonghe registry import` imports them again (docs/registries.md).
DELETE FROM registry_records;
DELETE FROM registry_folders;
ALTER TABLE registry_records ADD COLUMN class_reason VARCHAR(2000) NOT NULL;
ALTER TABLE registry_records ADD COLUMN class_source VARCHAR(2000) NOT NULL;
ALTER TABLE registry_records ADD COLUMN seq BIGINT NOT NULL;
CREATE INDEX registry_records_order ON registry_records (registry, seq);
