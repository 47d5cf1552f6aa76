-- Drift found on a plan: open while its condition holds, resolved when it no longer does. A manager's
-- recorded decision answers a finding until the date they chose to look again. Child and dates are
-- kept on the row so drift can be counted by month without joining.
create table drift_finding (
	id uuid primary key,
	plan_id uuid not null references plan (id),
	child_id uuid not null references child (id),
	code text not null check (code in ('REVIEW_OVERDUE', 'ACTIONS_OVERDUE', 'NO_IMPROVEMENT', 'PLAN_OPEN_LONG',
		'NO_CHILD_VOICE_AT_REVIEW')),
	detail text not null check (length(detail) <= 1000),
	found_on date not null,
	resolved_on date,
	decision text check (decision is null or length(trim(decision)) between 1 and 4000),
	look_again_on date,
	decided_by text,
	decided_by_account uuid references account (id),
	decided_at timestamptz,
	version int not null default 0,
	constraint drift_finding_resolved_after check (resolved_on is null or resolved_on >= found_on),
	constraint drift_finding_decision check ((decision is null) = (look_again_on is null)
		and (decision is null) = (decided_at is null))
);
create unique index drift_finding_open on drift_finding (plan_id, code) where resolved_on is null;
create index drift_finding_child on drift_finding (child_id) where resolved_on is null;
create index drift_finding_found on drift_finding (found_on);

-- The daily check claims its day here, so it runs once however many nodes are scheduled.
create table drift_check_run (
	checked_on date primary key,
	started_at timestamptz not null,
	finished_at timestamptz,
	plans int
);
