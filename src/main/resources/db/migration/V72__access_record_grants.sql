-- A grant lets one account READ one child's record for a purpose (a multi-agency case audit) while it
-- is neither expired nor revoked. It never opens a write: ChildAccess consults grants only for VIEW,
-- and every read still goes through ChildAccess, so each one is audited.
create table record_grant (
	id uuid primary key,
	account_id uuid not null references account (id),
	child_id uuid not null references child (id),
	purpose text not null check (purpose in ('CASE_AUDIT')),
	reference_id uuid not null,
	granted_at timestamptz not null,
	expires_at timestamptz not null,
	revoked_at timestamptz,
	constraint record_grant_expires_after check (expires_at > granted_at),
	constraint record_grant_revoked_after check (revoked_at is null or revoked_at >= granted_at)
);
create index record_grant_holder on record_grant (account_id, child_id) where revoked_at is null;
create index record_grant_reference on record_grant (purpose, reference_id) where revoked_at is null;
