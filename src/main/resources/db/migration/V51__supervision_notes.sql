-- Reflective supervision for a case where the worker feels stuck. A note is seen only by the
-- worker who wrote it, the manager who supervised it, and auditors: not by anyone else working
-- with the child. The columns below hold practitioner ids, which is what that rule is decided on.
create table supervision_note (
	id uuid primary key,
	child_id uuid not null references child (id),
	worker_practitioner uuid not null references practitioner (id),
	worker_account uuid not null references account (id),
	worker_name text not null,
	supervisor_practitioner uuid not null references practitioner (id),
	supervisor_name text not null,
	held_on date not null,
	stuck text not null check (length(trim(stuck)) between 1 and 5000),
	known text check (known is null or length(known) <= 5000),
	lived_experience text not null check (length(trim(lived_experience)) between 1 and 5000),
	decisions text not null check (length(trim(decisions)) between 1 and 5000),
	actions text check (actions is null or length(actions) <= 5000),
	next_on date,
	recorded_at timestamptz not null,
	version int not null default 0,
	constraint supervision_note_next_after_held check (next_on is null or next_on > held_on),
	constraint supervision_note_not_self check (worker_practitioner <> supervisor_practitioner)
);
create index supervision_note_worker on supervision_note (worker_practitioner, child_id);
create index supervision_note_supervisor on supervision_note (supervisor_practitioner, child_id);

-- A worker's request for supervision on a case they feel stuck with; closed by the next note
-- the same worker records for the child.
create table supervision_request (
	id uuid primary key,
	child_id uuid not null references child (id),
	worker_practitioner uuid not null references practitioner (id),
	worker_name text not null,
	supervisor_practitioner uuid not null references practitioner (id),
	supervisor_name text not null,
	reason text not null check (length(trim(reason)) between 1 and 2000),
	flagged_at timestamptz not null,
	closed_at timestamptz,
	closed_by_note uuid references supervision_note (id),
	version int not null default 0,
	constraint supervision_request_not_self check (worker_practitioner <> supervisor_practitioner)
);
create unique index supervision_request_one_open on supervision_request (child_id, worker_practitioner)
	where closed_at is null;
