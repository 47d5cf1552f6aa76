-- The family's view: family members invited by a practitioner, the children each may see, their
-- one-time sign-in codes (hashes only) and their feedback on the plan.
create table family_member (
	id uuid primary key,
	-- what a family member types instead of an email address, printed on their letter
	reference text not null unique check (reference ~ '^FAM-[A-HJ-KM-NP-Z2-9]{6}$'),
	-- a parent or carer recorded around the child, or a young person invited for themself
	adult_id uuid references adult (id),
	young_person_id uuid references child (id),
	email text check (email is null or (length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')),
	invited_by uuid not null references practitioner (id),
	invited_at timestamptz not null,
	last_signed_in_at timestamptz,
	revoked_at timestamptz,
	revoked_by uuid references practitioner (id),
	failed_attempts int not null default 0 check (failed_attempts >= 0),
	locked_until timestamptz,
	-- the demo family's fixed code, only ever set on the embedded demo database
	demo boolean not null default false,
	version int not null default 0,
	constraint family_member_is_one_person check ((adult_id is null) <> (young_person_id is null)),
	constraint family_member_revoked_by_someone check ((revoked_at is null) = (revoked_by is null))
);
-- one current invitation per person: a second is a new code for the first, not a second member
create unique index family_member_current_adult on family_member (adult_id) where revoked_at is null;
create unique index family_member_current_young_person on family_member (young_person_id) where revoked_at is null;
create index family_member_email on family_member (lower(email)) where revoked_at is null;

-- The children whose plans a family member may see: never another household's (checked when invited).
create table family_member_child (
	family_member_id uuid not null references family_member (id),
	child_id uuid not null references child (id),
	primary key (family_member_id, child_id)
);
create index family_member_child_child on family_member_child (child_id);

-- One-time codes, kept only as a slow salted hash; each works once, until it expires.
create table family_code (
	id uuid primary key,
	family_member_id uuid not null references family_member (id),
	code_hash text not null,
	delivery text not null check (delivery in ('EMAIL', 'PRINTED')),
	issued_at timestamptz not null,
	expires_at timestamptz not null,
	used_at timestamptz,
	withdrawn_at timestamptz,
	constraint family_code_expires_after_issue check (expires_at > issued_at)
);
create index family_code_member on family_code (family_member_id) where used_at is null and withdrawn_at is null;

-- What the family thinks of the help they are getting.
create table family_feedback (
	id uuid primary key,
	family_member_id uuid not null references family_member (id),
	child_id uuid not null references child (id),
	helpfulness int not null check (helpfulness between 1 and 5),
	helping text check (length(helping) <= 2000),
	could_be_better text check (length(could_be_better) <= 2000),
	anything_else text check (length(anything_else) <= 2000),
	given_at timestamptz not null
);
create index family_feedback_child on family_feedback (child_id, given_at desc);
