-- Resolving professional differences: a disagreement between agencies about a child, climbing
-- stage by stage (1 practitioner to practitioner, 2 managers and DSLs, 3 senior managers, 4 the
-- partnership) until it is resolved. The escalation row holds where it is now, so counting open
-- escalations by stage and resolved ones by outcome is one query; escalation_stage holds each
-- stage's timescale and how it ended.
create sequence escalation_number;

create table escalation (
	id uuid primary key,
	-- a reference the partnership can use without the child's name
	number int not null unique default nextval('escalation_number'),
	child_id uuid not null references child (id),
	subject text not null check (subject in ('PLAN', 'FRONT_DOOR_DECISION', 'LEVEL_OF_NEED', 'OTHER')),
	concern text not null check (length(trim(concern)) between 1 and 5000),
	wanted text not null check (length(trim(wanted)) between 1 and 5000),
	raised_by text not null,
	raised_by_account uuid not null references account (id),
	raised_by_practitioner uuid not null references practitioner (id),
	raising_agency_id uuid not null references agency (id),
	with_agency_id uuid not null references agency (id),
	with_practitioner_id uuid references practitioner (id),
	raised_at timestamptz not null,
	stage int not null check (stage between 1 and 4),
	stage_started_on date not null,
	stage_due_on date not null,
	-- set when the partnership's own stage passes its timescale: there is no stage above it
	final_stage_overdue_on date,
	status text not null check (status in ('OPEN', 'RESOLVED')),
	outcome text check (outcome in ('AGREED', 'PLAN_CHANGED', 'DECISION_CHANGED', 'DECISION_UPHELD', 'OTHER')),
	outcome_detail text check (outcome_detail is null or length(outcome_detail) <= 5000),
	learning text check (learning is null or length(learning) <= 5000),
	resolved_by text,
	resolved_by_account uuid references account (id),
	resolved_at timestamptz,
	version int not null default 0,
	constraint escalation_due_after_start check (stage_due_on >= stage_started_on),
	-- a disagreement within one agency goes to its own managers, not here
	constraint escalation_between_agencies check (with_agency_id <> raising_agency_id),
	constraint escalation_final_flag_at_stage_4 check (final_stage_overdue_on is null or stage = 4),
	constraint escalation_resolution check (
		(status = 'OPEN' and outcome is null and resolved_at is null and resolved_by is null)
		or (status = 'RESOLVED' and outcome is not null and resolved_at is not null and resolved_by is not null
			and length(trim(coalesce(outcome_detail, ''))) > 0))
);
create index escalation_open_by_stage on escalation (stage, stage_due_on) where status = 'OPEN';
create index escalation_child on escalation (child_id, raised_at desc);
create index escalation_with_agency on escalation (with_agency_id) where status = 'OPEN';
create index escalation_raising_agency on escalation (raising_agency_id) where status = 'OPEN';

-- Each stage an escalation reached: its timescale in working days, who handled it, what was
-- discussed, and how it ended (resolved, moved up by someone with a reason, or moved up because
-- its timescale passed).
create table escalation_stage (
	escalation_id uuid not null references escalation (id),
	stage int not null check (stage between 1 and 4),
	started_on date not null,
	due_on date not null,
	handled_by text check (handled_by is null or length(handled_by) <= 300),
	discussed text check (discussed is null or length(discussed) <= 5000),
	ended_how text check (ended_how in ('RESOLVED', 'MOVED_UP', 'MOVED_UP_AUTOMATICALLY')),
	ended_reason text check (ended_reason is null or length(ended_reason) <= 5000),
	ended_by text,
	ended_at timestamptz,
	primary key (escalation_id, stage),
	constraint escalation_stage_due check (due_on >= started_on),
	constraint escalation_stage_ended check ((ended_how is null) = (ended_at is null)),
	constraint escalation_stage_moved_reason check (ended_how is null or ended_how = 'RESOLVED'
		or length(trim(coalesce(ended_reason, ''))) > 0)
);

-- The days the automatic move-up has run: a node claims the day under an advisory lock, so the
-- check runs once however many nodes are scheduled.
create table escalation_check (
	checked_on date primary key,
	started_at timestamptz not null,
	finished_at timestamptz,
	moved int
);
