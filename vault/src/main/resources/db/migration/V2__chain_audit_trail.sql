-- The audit trail as a hash chain (审计链): every line is chained, when its transaction commits, to the line
-- committed before it, hash = SHA-256(previous hash || the line's fields), under the one head row below, so the
-- chain's order is commit order and a rolled-back line takes no place in it. The vault anchors the head on the
-- ledger from time to time (AuditHeadAnchoring); ./zk audit verify recomputes the chain in Java (AuditChain)
-- and compares it with the anchored heads, so a line rewritten or removed afterwards, even by a superuser who
-- switched the append-only trigger off, is found.

-- The trail's id names its heads on the ledger: each database chains on its own.
create table audit_chain_head (
    one_row   boolean     primary key default true check (one_row),
    trail     varchar(64) not null,
    sequence  bigint      not null,
    hash      char(64)    not null
);
insert into audit_chain_head values (true, gen_random_uuid()::text, 0, repeat('0', 64));

create table audit_chain (
    sequence  bigint   primary key,
    event_id  bigint   not null unique references audit_event (id),
    hash      char(64) not null
);

-- A field as the chain hashes it: its length in UTF-8 bytes, ':' and the field, or '-' for none; so no two
-- different lines hash the same text. AuditEntryHash computes the same in Java.
create function audit_field(value text) returns text language sql immutable as $$
    select case when value is null then '-' else octet_length(value) || ':' || value end
$$;

create function audit_chain_append(line audit_event) returns void language plpgsql as $$
declare
    head audit_chain_head;
    next_hash char(64);
begin
    select * into head from audit_chain_head for update;
    next_hash := encode(sha256(convert_to(head.hash
        || audit_field(line.id::text)
        || audit_field(to_char(line.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || audit_field(line.actor) || audit_field(line.actor_role) || audit_field(line.action)
        || audit_field(line.target) || audit_field(line.outcome) || audit_field(line.remote), 'UTF8')), 'hex');
    update audit_chain_head set sequence = head.sequence + 1, hash = next_hash;
    insert into audit_chain values (head.sequence + 1, line.id, next_hash);
end
$$;

-- The lines written before this migration, in the order they were written.
do $$
declare
    line audit_event;
begin
    for line in select * from audit_event order by id loop
        perform audit_chain_append(line);
    end loop;
end
$$;

create function audit_event_chain() returns trigger language plpgsql as $$
begin
    perform audit_chain_append(new);
    return null;
end
$$;

-- Deferred to the commit: the head row is locked only while the transaction commits, not while it works.
create constraint trigger audit_event_chained after insert on audit_event
    deferrable initially deferred for each row execute function audit_event_chain();

create function audit_chain_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_chain is append-only';
end
$$;

create trigger audit_chain_append_only before update or delete or truncate on audit_chain
    for each statement execute function audit_chain_is_append_only();
