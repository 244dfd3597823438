-- The one-time ids of presentation tokens this verifier accepted (see UsedTokenIds). Nothing about the
-- licence or its holder is kept: a token id is 16 random bytes.
create table used_token_id (
    token_id   text        primary key,
    expires_at timestamptz not null
);

create index used_token_id_expires_at on used_token_id (expires_at);
