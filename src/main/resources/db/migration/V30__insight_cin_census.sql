-- Children in Need census returns (the DfE's annual XML), imported for the partnership's measures.
-- These are census records, not Seen's children: nothing here references the people module.
-- A return for the same LEA and year replaces the earlier one in one transaction.
create table cin_return (
	id uuid primary key,
	lea text not null check (lea ~ '^[0-9]{3}$'),
	year int not null check (year between 2022 and 2026),
	reference_date date not null,
	children int not null check (children >= 0),
	warnings int not null check (warnings >= 0),
	-- the first warnings (the DfE's queries), for the analyst to follow up
	warning_list jsonb not null default '[]',
	imported_at timestamptz not null,
	imported_by text not null,
	constraint cin_return_one_per_lea_and_year unique (lea, year)
);

-- The detail rows are written with COPY, millions at a time, by the importer alone. They carry
-- their return's id but no foreign key: a foreign key check per row would cost as much as the
-- copy itself, and the importer deletes a return's rows with it in the same transaction.
-- The rows of one return are written together, so a BRIN index on return_id finds them at
-- almost no cost to the import. child_no numbers the children of a return in file order.
create table cin_census_child (
	return_id uuid not null,
	child_no int not null,
	la_child_id text not null check (length(la_child_id) between 1 and 10),
	birth_date date,
	expected_birth_date date,
	sex char(1) not null check (sex in ('M', 'F', 'U')),
	ethnicity text not null,
	disabled boolean not null,
	constraint cin_census_child_born_or_expected check (birth_date is not null or expected_birth_date is not null)
);
create index cin_census_child_return on cin_census_child using brin (return_id);

-- one CINdetails: an episode of need from referral to closure
create table cin_referral (
	return_id uuid not null,
	child_no int not null,
	episode_no int not null,
	referral_date date not null,
	closure_date date,
	reason_for_closure text check (reason_for_closure ~ '^RC[1-9]$'),
	referral_nfa boolean not null,
	-- an episode is a neglect episode when any of its assessments records factor 16A
	neglect boolean not null,
	constraint cin_referral_closed_after_referral check (closure_date is null or closure_date >= referral_date)
);
create index cin_referral_return on cin_referral using brin (return_id);

create table cin_assessment (
	return_id uuid not null,
	child_no int not null,
	episode_no int not null,
	start_date date,
	authorisation_date date,
	factors text[] not null
);
create index cin_assessment_return on cin_assessment using brin (return_id);

create table cin_plan (
	return_id uuid not null,
	child_no int not null,
	episode_no int not null,
	start_date date not null,
	end_date date,
	constraint cin_plan_ends_after_start check (end_date is null or end_date >= start_date)
);
create index cin_plan_return on cin_plan using brin (return_id);

create table cin_protection_plan (
	return_id uuid not null,
	child_no int not null,
	episode_no int not null,
	start_date date not null,
	end_date date,
	initial_category text not null check (initial_category in ('NEG', 'PHY', 'EMO', 'SAB', 'MUL')),
	latest_category text not null check (latest_category in ('NEG', 'PHY', 'EMO', 'SAB', 'MUL')),
	previous_plans int not null check (previous_plans >= 0),
	constraint cin_protection_plan_ends_after_start check (end_date is null or end_date >= start_date)
);
create index cin_protection_plan_return on cin_protection_plan using brin (return_id);
