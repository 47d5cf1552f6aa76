-- Graded assessments. An assessment is made with one version of one tool and keeps the tool id,
-- version and the child's age band, so that it always reads with the wording it was made with.
create table assessment (
	id uuid primary key,
	child_id uuid not null references child (id),
	tool_id text not null,
	tool_version int not null check (tool_version > 0),
	age_band text not null,
	assessed_on date not null,
	status text not null check (status in ('DRAFT', 'COMPLETED')),
	others_present text check (others_present is null or length(others_present) <= 500),
	created_by_account uuid references account (id),
	created_by text not null,
	agency_id uuid references agency (id),
	created_at timestamptz not null,
	completed_by text,
	completed_at timestamptz,
	countersigned_by text,
	countersigned_at timestamptz,
	countersign_note text check (countersign_note is null or length(countersign_note) <= 2000),
	version int not null default 0,
	constraint assessment_completed check (status <> 'COMPLETED' or (completed_by is not null and completed_at is not null)),
	constraint assessment_countersigned check (countersigned_at is null or status = 'COMPLETED')
);
create index assessment_child on assessment (child_id, assessed_on desc);

-- The carers (fathers too) and others who took part; adult_id when they are on the child's record.
create table assessment_present (
	assessment_id uuid not null references assessment (id) on delete cascade,
	adult_id uuid not null references adult (id),
	primary key (assessment_id, adult_id)
);

create table assessment_item (
	assessment_id uuid not null references assessment (id) on delete cascade,
	item_id text not null,
	grade int check (grade between 1 and 5),
	evidence text check (evidence is null or length(evidence) <= 5000),
	evidence_source text check (evidence_source in ('SEEN', 'HEARD', 'REPORTED')),
	reported_by text check (reported_by is null or length(reported_by) <= 200),
	parent_view text check (parent_view is null or length(parent_view) <= 5000),
	child_view text check (child_view is null or length(child_view) <= 5000),
	home_conditions int check (home_conditions between 1 and 9),
	target_grade int check (target_grade between 1 and 5),
	review_by date,
	copied_from uuid references assessment (id),
	updated_by text not null,
	updated_at timestamptz not null,
	version int not null default 0,
	primary key (assessment_id, item_id),
	-- a target is a better grade than today's
	constraint assessment_item_target check (target_grade is null or grade is null or target_grade < grade)
);

-- The practitioner's confirmed grade per area; an override of the proposed grade needs a reason.
create table assessment_area (
	assessment_id uuid not null references assessment (id) on delete cascade,
	area_id text not null,
	proposed_grade int not null check (proposed_grade between 1 and 5),
	confirmed_grade int not null check (confirmed_grade between 1 and 5),
	override_reason text check (override_reason is null or length(override_reason) <= 2000),
	primary key (assessment_id, area_id),
	constraint assessment_area_override check (confirmed_grade = proposed_grade
		or length(trim(coalesce(override_reason, ''))) > 0)
);

-- The child's voice: their words, or what was observed of a day in their life, or why it could
-- not be gathered. May be linked to an assessment and some of its items.
create table child_voice (
	id uuid primary key,
	child_id uuid not null references child (id),
	gathered_on date not null,
	kind text not null check (kind in ('WORDS', 'OBSERVED', 'NOT_GATHERED')),
	words text check (words is null or length(words) <= 5000),
	worries text check (worries is null or length(worries) <= 5000),
	good_things text check (good_things is null or length(good_things) <= 5000),
	wishes text check (wishes is null or length(wishes) <= 5000),
	observed text check (observed is null or length(observed) <= 5000),
	not_gathered_reason text check (not_gathered_reason is null or length(not_gathered_reason) <= 2000),
	how_gathered text check (how_gathered is null or length(how_gathered) <= 2000),
	gathered_by text not null,
	agency_id uuid references agency (id),
	recorded_by_account uuid references account (id),
	recorded_at timestamptz not null,
	assessment_id uuid references assessment (id),
	item_ids text[] not null default '{}',
	constraint child_voice_content check (
		(kind = 'WORDS' and length(trim(coalesce(words, '') || coalesce(worries, '') || coalesce(good_things, '') || coalesce(wishes, ''))) > 0)
		or (kind = 'OBSERVED' and length(trim(coalesce(observed, ''))) > 0)
		or (kind = 'NOT_GATHERED' and length(trim(coalesce(not_gathered_reason, ''))) > 0))
);
create index child_voice_child on child_voice (child_id, gathered_on desc);
