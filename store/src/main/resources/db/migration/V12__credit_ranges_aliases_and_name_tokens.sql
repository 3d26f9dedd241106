-- Issue 16, what was left (docs/credit-ledger.md §2, docs/registries.md). One schema for H2 and PostgreSQL.

-- Overlapping unit ranges of one registry block are a conflict like a repeated serial: every key and
-- hold carries the block its serial names and its units (CreditRange; null units: the whole block),
-- and an evaluation locks the block's row before the keys' rows, so that two evaluations of
-- overlapping but unequal ranges see each other. Rows written before this migration are given
-- their block and units by migration 13.
CREATE TABLE credit_blocks (
    registry_key VARCHAR(200) NOT NULL,
    block_key    VARCHAR(600) NOT NULL,
    PRIMARY KEY (registry_key, block_key)
);
ALTER TABLE credit_keys ADD COLUMN block_key VARCHAR(600);
ALTER TABLE credit_keys ADD COLUMN first_unit BIGINT;
ALTER TABLE credit_keys ADD COLUMN last_unit BIGINT;
ALTER TABLE credit_holds ADD COLUMN block_key VARCHAR(600);
ALTER TABLE credit_holds ADD COLUMN first_unit BIGINT;
ALTER TABLE credit_holds ADD COLUMN last_unit BIGINT;
CREATE INDEX credit_keys_block ON credit_keys (registry_key, block_key, first_unit);
CREATE INDEX credit_holds_block ON credit_holds (registry_key, block_key, first_unit);

-- The entity's other names as the version states them (a JSON list): a registry beneficiary that
-- settles a conflict is compared with another claim's aliases too. Null for versions stored before.
ALTER TABLE assessment_versions ADD COLUMN entity_aliases TEXT;

-- The beneficiary search's index: one row per word of a retirement's or cancellation's beneficiary
-- and claimant, normalised as names are compared (Names.normalize), and per pair of consecutive
-- Chinese characters (a Chinese name matches inside a longer one). Records imported before this
-- migration are indexed by migration 13.
CREATE TABLE registry_name_tokens (
    registry VARCHAR(40)  NOT NULL,
    seq      BIGINT       NOT NULL,
    token    VARCHAR(200) NOT NULL
);
CREATE INDEX registry_name_tokens_token ON registry_name_tokens (token, registry, seq);
CREATE INDEX registry_name_tokens_record ON registry_name_tokens (registry, seq);
