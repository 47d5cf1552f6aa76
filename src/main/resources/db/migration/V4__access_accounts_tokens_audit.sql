-- Accounts, API tokens, break-glass access and the audit trail.
create table account (
	id uuid primary key,
	username text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
	password_hash text,
	role text not null check (role in ('PRACTITIONER', 'DSL', 'MANAGER', 'FRONT_DOOR', 'SOCIAL_WORKER',
		'ANALYST', 'AUDITOR', 'ADMINISTRATOR', 'AGENCY_SYSTEM')),
	display_name text not null,
	practitioner_id uuid references practitioner (id),
	agency_id uuid references agency (id),
	enabled boolean not null default true,
	demo boolean not null default false,
	failed_attempts int not null default 0,
	locked_until timestamptz,
	created_at timestamptz not null,
	version int not null default 0
);

-- Only a hash of each token is kept; the token itself is shown once when issued.
create table api_token (
	id uuid primary key,
	account_id uuid not null references account (id),
	token_hash char(64) not null unique,
	label text not null,
	demo boolean not null default false,
	created_at timestamptz not null,
	revoked_at timestamptz
);

create table break_glass (
	id uuid primary key,
	account_id uuid not null references account (id),
	child_id uuid not null references child (id),
	reason text not null check (length(trim(reason)) >= 10),
	opened_at timestamptz not null,
	expires_at timestamptz not null
);
create index break_glass_child on break_glass (child_id);
create index break_glass_account on break_glass (account_id, child_id, expires_at);

-- The audit trail: append-only, hash-chained. Each row's hash covers its content and the
-- previous row's hash, so that an altered or removed row breaks the chain from there on.
create sequence audit_entry_seq;
create table audit_entry (
	seq bigint primary key,
	id uuid not null unique,
	occurred_at timestamptz not null,
	account_id uuid,
	username text not null,
	role text not null,
	agency_id uuid,
	action text not null check (action in ('VIEW', 'SEARCH', 'CREATE', 'CHANGE', 'REMOVE', 'EXPORT', 'IMPORT',
		'DENIED', 'BREAK_GLASS', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT')),
	record_type text not null,
	record_id uuid,
	child_id uuid,
	detail text,
	source_address text,
	prev_hash char(64) not null,
	hash char(64) not null
);
create index audit_entry_child on audit_entry (child_id, seq);
create index audit_entry_account on audit_entry (account_id, seq);

create function audit_entry_hash(e audit_entry) returns char(64)
language sql immutable as $$
	select encode(sha256(convert_to(concat_ws('|',
		e.seq::text, e.id::text,
		to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
		coalesce(e.account_id::text, ''), e.username, e.role, coalesce(e.agency_id::text, ''),
		e.action, e.record_type, coalesce(e.record_id::text, ''), coalesce(e.child_id::text, ''),
		coalesce(e.detail, ''), coalesce(e.source_address, ''), e.prev_hash), 'UTF8')), 'hex')
$$;

-- Links are made under a lock, so that the chain's order is the order rows were linked in,
-- however many application nodes write at once.
create function audit_entry_link() returns trigger
language plpgsql as $$
begin
	perform pg_advisory_xact_lock(hashtext('audit_entry_chain'));
	new.seq := nextval('audit_entry_seq');
	new.prev_hash := coalesce((select hash from audit_entry order by seq desc limit 1), repeat('0', 64));
	new.hash := audit_entry_hash(new);
	return new;
end
$$;
create trigger audit_entry_link before insert on audit_entry
	for each row execute function audit_entry_link();

create function audit_entry_refuse_change() returns trigger
language plpgsql as $$
begin
	raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
	for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
	for each statement execute function audit_entry_refuse_change();
