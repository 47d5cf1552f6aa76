-- Team Around the Family plans: one open plan per child, its team, SMART outcomes, actions and
-- review meetings. Start and close dates, level and closure reason are columns of their own so the
-- partnership's measures can count plans without reading free text.
create table plan (
	id uuid primary key,
	child_id uuid not null references child (id),
	level_code text not null check (length(level_code) between 1 and 100),
	level_kind text not null check (level_kind in ('EARLY_HELP', 'STATUTORY')),
	-- early-help plans start only with the family's consent; a statutory one may start without it, for a
	-- reason and a lawful basis for sharing other than consent (org.seen.pathway.ConsentRule)
	with_consent boolean not null,
	without_consent_reason text check (without_consent_reason is null
		or length(trim(without_consent_reason)) between 1 and 2000),
	without_consent_lawful_basis text check (without_consent_lawful_basis in ('CONSENT', 'PUBLIC_TASK',
		'LEGAL_OBLIGATION', 'VITAL_INTERESTS')),
	lead_practitioner_id uuid not null references practitioner (id),
	lead_accepted_at timestamptz,
	meeting_place text check (meeting_place is null or length(meeting_place) <= 200),
	started_on date not null,
	started_by text not null,
	started_by_account uuid references account (id),
	created_at timestamptz not null,
	next_review_on date,
	closed_on date,
	closure_reason text check (closure_reason in ('OUTCOMES_ACHIEVED', 'STEPPED_UP', 'STEPPED_DOWN', 'MOVED_AWAY',
		'CONSENT_WITHDRAWN', 'OTHER')),
	closure_note text check (closure_note is null or length(closure_note) <= 2000),
	closed_by text,
	version int not null default 0,
	constraint plan_consent check (with_consent or level_kind = 'STATUTORY' and without_consent_reason is not null
		and without_consent_lawful_basis is not null and without_consent_lawful_basis <> 'CONSENT'),
	constraint plan_closed check ((closed_on is null) = (closure_reason is null)),
	constraint plan_closed_after_start check (closed_on is null or closed_on >= started_on),
	constraint plan_other_needs_note check (closure_reason is distinct from 'OTHER'
		or length(trim(coalesce(closure_note, ''))) > 0)
);
create unique index plan_one_open_per_child on plan (child_id) where closed_on is null;
create index plan_lead on plan (lead_practitioner_id) where closed_on is null;
create index plan_started on plan (started_on);

-- The team: practitioners from agencies, and the family (an adult recorded in the child's life, or
-- someone named at the meeting).
create table plan_member (
	id uuid primary key,
	plan_id uuid not null references plan (id),
	kind text not null check (kind in ('PRACTITIONER', 'FAMILY')),
	practitioner_id uuid references practitioner (id),
	adult_id uuid references adult (id),
	name text check (name is null or length(trim(name)) between 1 and 200),
	relationship text check (relationship is null or length(trim(relationship)) between 1 and 100),
	added_at timestamptz not null,
	constraint plan_member_kind check (kind = 'PRACTITIONER' and practitioner_id is not null and adult_id is null
		or kind = 'FAMILY' and practitioner_id is null and name is not null and relationship is not null)
);
create unique index plan_member_practitioner on plan_member (plan_id, practitioner_id) where practitioner_id is not null;
create unique index plan_member_adult on plan_member (plan_id, adult_id) where adult_id is not null;

-- A SMART outcome, tied to an item of the latest completed assessment (baseline grade from it, a
-- better target) or to what the child said.
create table plan_outcome (
	id uuid primary key,
	plan_id uuid not null references plan (id),
	kind text not null check (kind in ('ITEM', 'CHILD_VOICE')),
	assessment_id uuid references assessment (id),
	item_id text,
	item_title text,
	child_said text check (child_said is null or length(trim(child_said)) between 1 and 2000),
	difference text not null check (length(trim(difference)) between 1 and 1000),
	baseline_grade int check (baseline_grade between 1 and 5),
	target_grade int check (target_grade between 1 and 5),
	target_on date not null,
	position int not null,
	created_at timestamptz not null,
	version int not null default 0,
	constraint plan_outcome_item check (kind <> 'ITEM' or item_id is not null and item_title is not null
		and baseline_grade is not null and target_grade is not null),
	constraint plan_outcome_voice check (kind <> 'CHILD_VOICE' or child_said is not null),
	constraint plan_outcome_grades check ((baseline_grade is null) = (target_grade is null)),
	constraint plan_outcome_target_better check (target_grade is null or target_grade < baseline_grade)
);
create index plan_outcome_plan on plan_outcome (plan_id, position);

create table plan_action (
	id uuid primary key,
	plan_id uuid not null references plan (id),
	outcome_id uuid references plan_outcome (id),
	what text not null check (length(trim(what)) between 1 and 1000),
	owner_member_id uuid not null references plan_member (id),
	due_on date not null,
	status text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_DONE')),
	note text check (note is null or length(note) <= 2000),
	created_at timestamptz not null,
	updated_at timestamptz not null,
	version int not null default 0
);
create index plan_action_plan on plan_action (plan_id, due_on);
create index plan_action_owner on plan_action (owner_member_id) where status in ('NOT_STARTED', 'IN_PROGRESS');

-- A review meeting: who came, the child's voice (or why it was not gathered), the family's view,
-- what was decided, and the next review date.
create table plan_review (
	id uuid primary key,
	plan_id uuid not null references plan (id),
	held_on date not null,
	child_voice text check (child_voice is null or length(trim(child_voice)) between 1 and 4000),
	child_voice_missing_reason text check (child_voice_missing_reason is null
		or length(trim(child_voice_missing_reason)) between 1 and 2000),
	family_view text not null check (length(trim(family_view)) between 1 and 4000),
	going_well text check (going_well is null or length(going_well) <= 4000),
	decisions text check (decisions is null or length(decisions) <= 4000),
	next_review_on date not null,
	recorded_by text not null,
	recorded_by_account uuid references account (id),
	recorded_at timestamptz not null,
	constraint plan_review_voice check ((child_voice is null) <> (child_voice_missing_reason is null)),
	constraint plan_review_next_after check (next_review_on > held_on)
);
create index plan_review_plan on plan_review (plan_id, held_on desc);

create table plan_review_attendee (
	review_id uuid not null references plan_review (id),
	member_id uuid not null references plan_member (id),
	primary key (review_id, member_id)
);

-- Progress on each outcome at a review, and the linked item graded again: this is how change is measured.
create table plan_review_progress (
	review_id uuid not null references plan_review (id),
	outcome_id uuid not null references plan_outcome (id),
	progress text not null check (progress in ('BETTER', 'SAME', 'WORSE')),
	grade int check (grade between 1 and 5),
	note text check (note is null or length(note) <= 2000),
	primary key (review_id, outcome_id)
);
