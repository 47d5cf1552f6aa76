-- Agencies, their teams and practitioners, and who is involved with which child.
-- Involvement is what record-level access is decided on.
create table agency (
	id uuid primary key,
	code text not null unique,
	name text not null,
	kind text not null check (kind in ('SCHOOL', 'EARLY_YEARS', 'HEALTH_VISITING', 'SCHOOL_NURSING', 'MIDWIFERY',
		'GP_PRACTICE', 'HOSPITAL', 'POLICE', 'HOUSING', 'ADULT_MENTAL_HEALTH', 'SUBSTANCE_MISUSE',
		'CHILDRENS_SOCIAL_CARE', 'EARLY_HELP', 'VOLUNTARY', 'PARTNERSHIP', 'OTHER')),
	version int not null default 0
);

create table team (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	name text not null,
	unique (agency_id, name)
);

create table practitioner (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	team_id uuid references team (id),
	given_name text not null,
	family_name text not null,
	job_title text not null,
	email text,
	accredited_tools text[] not null default '{}',
	version int not null default 0
);
create index practitioner_agency on practitioner (agency_id);

create table involvement (
	id uuid primary key,
	child_id uuid not null references child (id),
	agency_id uuid not null references agency (id),
	practitioner_id uuid references practitioner (id),
	team_id uuid references team (id),
	kind text not null check (kind in ('INVOLVED', 'LEAD_PROFESSIONAL', 'REFERRED')),
	started_on date not null,
	ended_on date,
	created_at timestamptz not null,
	check (ended_on is null or ended_on >= started_on)
);
create index involvement_child on involvement (child_id);
create index involvement_practitioner on involvement (practitioner_id, child_id);
create index involvement_team on involvement (team_id, child_id);
create index involvement_agency on involvement (agency_id, child_id);
