-- The verifier's index of ledger state (see LedgerIndex): the contract's world-state values exactly as its own
-- region's peer committed them, fed by that peer's blocks, and the last block applied. Ledger data only:
-- digests, codes, dates and statuses, never personal data.
create table ledger_state (
    key_type     text   not null, -- the contract's key type: document, documentId, batch, department, seal, region
    key_id       text   not null,
    value        text   not null, -- the contract's canonical JSON
    block_number bigint not null, -- the block that wrote it last
    primary key (key_type, key_id)
);

-- One row: the last block whose writes are all in ledger_state, written in the same transaction as they are.
create table ledger_index_checkpoint (
    id           smallint    primary key check (id = 1),
    block_number bigint      not null,
    applied_at   timestamptz not null
);
