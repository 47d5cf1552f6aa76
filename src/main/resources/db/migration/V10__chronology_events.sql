-- The multi-agency chronology. Each row is the current version of an event; every version
-- (the first and each correction) is kept in chronology_event_version so history is never lost.
-- A removal keeps the row, with its reason, for auditors; everyone else no longer sees it.
create table chronology_event (
	id uuid primary key,
	child_id uuid not null references child (id),
	agency_id uuid not null references agency (id),
	author_account_id uuid references account (id),
	author_name text not null,
	occurred_on date not null,
	occurred_at_time time,
	type text not null check (type in ('CONCERN', 'STRENGTH', 'HOME_VISIT', 'CHILD_SEEN', 'CHILD_NOT_SEEN',
		'WAS_NOT_BROUGHT', 'INJURY', 'AE_ATTENDANCE', 'SCHOOL_ATTENDANCE', 'MISSING_EDUCATION', 'EXCLUSION',
		'MISSING_EPISODE', 'POLICE_INCIDENT', 'DOMESTIC_ABUSE_NOTIFICATION', 'HOUSING', 'ADULT_SERVICE_CONTACT',
		'CHANGE_OF_WORKER')),
	summary text not null check (length(trim(summary)) between 1 and 200),
	detail text check (detail is null or length(detail) <= 5000),
	significance text not null check (significance in ('LOW', 'MEDIUM', 'HIGH')),
	people_involved text check (people_involved is null or length(people_involved) <= 500),
	attendance_percent numeric(5, 2) check (attendance_percent between 0 and 100),
	agency_reference text check (agency_reference is null or length(trim(agency_reference)) between 1 and 100),
	recorded_at timestamptz not null,
	removed_at timestamptz,
	removed_by text,
	removal_reason text,
	version int not null default 0,
	-- a term's attendance is meaningless without its percentage
	constraint chronology_event_attendance check (type <> 'SCHOOL_ATTENDANCE' or attendance_percent is not null),
	constraint chronology_event_removal_reason check (removed_at is null
		or (removed_by is not null and length(trim(coalesce(removal_reason, ''))) > 0))
);
-- imports are idempotent on the agency's own reference
create unique index chronology_event_agency_reference on chronology_event (agency_id, agency_reference)
	where agency_reference is not null;
create index chronology_event_child on chronology_event (child_id, occurred_on desc, occurred_at_time desc);

create table chronology_event_version (
	event_id uuid not null references chronology_event (id),
	version int not null,
	occurred_on date not null,
	occurred_at_time time,
	type text not null,
	summary text not null,
	detail text,
	significance text not null,
	people_involved text,
	attendance_percent numeric(5, 2),
	changed_at timestamptz not null,
	changed_by text not null,
	correction_reason text,
	primary key (event_id, version)
);
