-- People: children (including unborn), the adults around them, and the households they live in.
create table household (
	id uuid primary key,
	name text not null,
	address_line1 text,
	address_line2 text,
	town text,
	postcode text check (postcode is null or postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
	contributory_factors text[] not null default '{}',
	created_at timestamptz not null,
	version int not null default 0
);

create table child (
	id uuid primary key,
	given_name text not null check (length(trim(given_name)) > 0),
	family_name text not null check (length(trim(family_name)) > 0),
	date_of_birth date,
	expected_date_of_birth date,
	sex text not null check (sex in ('FEMALE', 'MALE', 'UNKNOWN')),
	nhs_number char(10) unique check (nhs_number ~ '^[0-9]{10}$'),
	upn char(13) unique check (upn ~ '^[A-Z][0-9]{11}[0-9A-Z]$'),
	local_id text unique,
	ethnicity text,
	disabled boolean not null default false,
	vulnerabilities text[] not null default '{}',
	household_id uuid references household (id),
	created_at timestamptz not null,
	version int not null default 0,
	-- an unborn child has an expected date; a born child has a date of birth
	constraint child_has_a_date check (date_of_birth is not null or expected_date_of_birth is not null),
	search_name text generated always as (lower(given_name || ' ' || family_name)) stored
);
create index child_search_name_trgm on child using gin (search_name gin_trgm_ops);
create index child_date_of_birth on child (date_of_birth);
create index child_household on child (household_id);

create table adult (
	id uuid primary key,
	given_name text not null check (length(trim(given_name)) > 0),
	family_name text not null check (length(trim(family_name)) > 0),
	date_of_birth date,
	sex text not null check (sex in ('FEMALE', 'MALE', 'UNKNOWN')),
	nhs_number char(10) check (nhs_number ~ '^[0-9]{10}$'),
	household_id uuid references household (id),
	contributory_factors text[] not null default '{}',
	created_at timestamptz not null,
	version int not null default 0
);
create index adult_household on adult (household_id);

create table relationship (
	id uuid primary key,
	child_id uuid not null references child (id),
	adult_id uuid not null references adult (id),
	kind text not null check (kind in ('MOTHER', 'FATHER', 'STEP_PARENT', 'MALE_CARER', 'FEMALE_CARER',
		'GRANDPARENT', 'OTHER_RELATIVE', 'FOSTER_CARER', 'OTHER_HOUSEHOLD_MEMBER')),
	parental_responsibility boolean not null default false,
	lives_with_child boolean not null default true,
	unique (child_id, adult_id)
);
create index relationship_adult on relationship (adult_id);
