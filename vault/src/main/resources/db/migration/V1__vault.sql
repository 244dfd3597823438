-- The vault's index of what it holds. File bytes live in the object store, keyed by SHA-256; the ledger holds
-- the anchors. Everything a department or holder was acknowledged for is a row here before the 201 leaves.

create table department (
    code        char(18)     primary key,          -- unified social credit code (GB 32100)
    region      varchar(16)  not null,
    name        varchar(200) not null,
    type_codes  varchar(21)[] not null             -- GB/T 36904 type codes it may issue
);

create sequence document_serial;

create table document (
    id                  varchar(120) primary key,  -- GB/T 36904 identifier, or M.<issuer>.<serial> for materials
    kind                varchar(10)  not null check (kind in ('LICENCE', 'MATERIAL')),
    type_code           char(21)     not null,
    issuer_code         char(18)     not null references department (code),
    number              varchar(64),               -- 证照编号, licences only
    holder_code         varchar(18)  not null,     -- holder of a licence, owner of a material
    holder_code_type    char(3)      not null,
    metadata            text         not null,     -- canonical JSON of the metadata fields as given (personal data: never logged)
    disclosures         text         not null,     -- canonical JSON of the per-field salts behind the anchored commitment
    metadata_commitment char(64)     not null,
    valid_from          date         not null,
    valid_until         date,
    sha256              char(64)     not null,
    sm3                 char(64)     not null,
    media_type          varchar(40)  not null,
    size_bytes          bigint       not null,
    object_key          varchar(100) not null,
    seal_cms            bytea,                     -- detached CMS e-seal over the file, licences only
    seal_fingerprint    char(64)     not null,
    anchor_entry        text         not null,     -- canonical JSON of the sealed anchor entry, exactly as sent to the ledger
    status              varchar(12)  not null,
    status_reason       varchar(500),
    superseded_by       varchar(120),
    anchor_status       varchar(10)  not null check (anchor_status in ('PENDING', 'ANCHORED', 'FAILED')),
    anchor_tx_id        varchar(100),
    anchor_block        bigint,
    anchor_batch_id     varchar(100),
    anchor_receipt      text,                      -- canonical JSON: leaf index, tree size, root and inclusion proof
    anchor_error        varchar(500),
    anchored_at         timestamptz,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);

-- One licence per number, per type and issuer (a retried request finds the first); one document per content
-- and kind for an issuer, since the ledger anchors a digest once.
create unique index document_licence_number on document (issuer_code, type_code, number) where kind = 'LICENCE';
create unique index document_content on document (sha256);
create index document_holder on document (holder_code, kind);
create index document_issuer_created on document (issuer_code, created_at desc);

-- Transactional outbox: written in the same transaction as the document, deleted in the same transaction that
-- records the anchor, so that a crash at any point leaves either the row to retry or the anchor recorded.
create table anchor_outbox (
    document_id     varchar(120) primary key references document (id),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    created_at      timestamptz  not null
);
create index anchor_outbox_due on anchor_outbox (next_attempt_at);

-- Who may use a material besides its owner (两个免于提交): recorded, revocable, audited.
create table material_grant (
    id              bigserial    primary key,
    material_id     varchar(120) not null references document (id),
    grantee_code    char(18)     not null,
    granted_by      varchar(18)  not null,
    granted_at      timestamptz  not null,
    revoked_at      timestamptz
);
create unique index material_grant_active on material_grant (material_id, grantee_code) where revoked_at is null;

-- Append-only audit trail: the trigger below refuses every update and delete, whoever asks.
create table audit_event (
    id          bigserial    primary key,
    at          timestamptz  not null,
    actor       varchar(40)  not null,
    actor_role  varchar(16)  not null,
    action      varchar(40)  not null,
    target      varchar(120),
    outcome     varchar(40)  not null,
    remote      varchar(64)
);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end
$$;

create trigger audit_event_append_only before update or delete or truncate on audit_event
    for each statement execute function audit_event_is_append_only();
