-- Workforce training: courses, their sessions and who attended. Attendees are practitioners from
-- the directory or people typed by name with their agency (many come from agencies without
-- Seen accounts). Confidence before and after is on a 1 to 10 scale and optional.
create table training_course (
	id uuid primary key,
	title text not null check (length(trim(title)) between 1 and 200),
	description text check (length(description) <= 2000),
	reach text not null check (reach in ('SINGLE_AGENCY', 'MULTI_AGENCY')),
	delivery text not null check (delivery in ('E_LEARNING', 'FACE_TO_FACE')),
	topics text check (length(topics) <= 500),
	created_at timestamptz not null,
	version int not null default 0
);
create unique index training_course_title on training_course (lower(title));

create table training_session (
	id uuid primary key,
	course_id uuid not null references training_course (id),
	held_on date not null,
	trainer text not null check (length(trim(trainer)) between 1 and 200),
	venue text check (length(venue) <= 200),
	online boolean not null,
	places int not null check (places between 1 and 1000),
	created_at timestamptz not null,
	version int not null default 0,
	-- a session is held somewhere: a venue or online
	check (online or length(trim(venue)) > 0)
);
create index training_session_held on training_session (held_on);

create table training_attendance (
	id uuid primary key,
	session_id uuid not null references training_session (id),
	practitioner_id uuid references practitioner (id),
	attendee_name text check (length(trim(attendee_name)) between 1 and 200),
	agency_id uuid not null references agency (id),
	attended boolean not null,
	confidence_before int check (confidence_before between 1 and 10),
	confidence_after int check (confidence_after between 1 and 10),
	recorded_at timestamptz not null,
	version int not null default 0,
	-- exactly one of: a practitioner from the directory, or a typed name
	check ((practitioner_id is null) <> (attendee_name is null))
);
create unique index training_attendance_practitioner on training_attendance (session_id, practitioner_id)
	where practitioner_id is not null;
create unique index training_attendance_named on training_attendance (session_id, lower(attendee_name), agency_id)
	where attendee_name is not null;
