-- An upload's claim on the object key it is about to store, from before the object store write until its
-- document row commits (or the upload is refused). Objects are content-addressed: an upload of the same bytes
-- as an orphan reuses the orphan's key, so the orphan cleaner must never delete a key a live upload claims.
-- Claims and deletions of one key are serialised by an advisory lock on the key (ObjectClaims); a claim left by
-- a crash is ignored, then purged, once it is older than zhengku.store.orphan-grace.
create table object_claim (
    id         uuid         primary key,
    object_key varchar(100) not null,
    claimed_at timestamptz  not null
);
create index object_claim_key on object_claim (object_key, claimed_at);
create index object_claim_age on object_claim (claimed_at);

-- The cleaner asks, under the key's lock, whether any document names the key.
create index document_object_key on document (object_key);
