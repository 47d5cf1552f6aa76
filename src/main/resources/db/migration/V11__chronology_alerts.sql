-- Cumulative-pattern alerts and the events behind each. An alert is never deleted: an
-- acknowledgement closes it with a note and it stays in the child's history.
create table pattern_alert (
	id uuid primary key,
	child_id uuid not null references child (id),
	code text not null check (code in ('WAS_NOT_BROUGHT_REPEATED', 'INJURIES_REPEATED', 'SCHOOL_ABSENCE',
		'NOT_SEEN', 'MANY_WORKERS', 'CONCERNS_ACCUMULATING')),
	reason text not null,
	raised_at timestamptz not null,
	acknowledged_at timestamptz,
	acknowledged_by text,
	acknowledged_by_account uuid references account (id),
	acknowledgement_note text,
	version int not null default 0,
	constraint pattern_alert_note check (acknowledged_at is null
		or (acknowledged_by is not null and length(trim(coalesce(acknowledgement_note, ''))) > 0))
);
-- at most one open alert of each code per child, however many nodes evaluate at once
create unique index pattern_alert_one_open on pattern_alert (child_id, code) where acknowledged_at is null;
create index pattern_alert_open on pattern_alert (raised_at desc) where acknowledged_at is null;

create table pattern_alert_event (
	alert_id uuid not null references pattern_alert (id),
	event_id uuid not null references chronology_event (id),
	primary key (alert_id, event_id)
);
create index pattern_alert_event_event on pattern_alert_event (event_id);

-- The daily sweep claims its day here, so that it runs once however many nodes are scheduled.
create table pattern_alert_sweep (
	swept_on date primary key,
	started_at timestamptz not null,
	finished_at timestamptz,
	children int
);
