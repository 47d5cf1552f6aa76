-- Multi-agency case audits: templates of graded questions, audit rounds with a reproducible random
-- sample of children with open plans, a panel of auditors from several agencies, their grades,
-- findings and actions. Children appear here only by id and case number: the analyst running an
-- audit works with case numbers, and a panel member opens a sampled record through ChildAccess (a
-- record grant), which audits every view.

create table audit_template (
	id uuid primary key,
	name text not null check (length(trim(name)) between 1 and 200),
	description text check (description is null or length(description) <= 2000),
	copied_from uuid references audit_template (id),
	created_at timestamptz not null,
	created_by text not null,
	version int not null default 0
);

create table audit_question (
	id uuid primary key,
	template_id uuid not null references audit_template (id),
	position int not null check (position >= 1),
	text text not null check (length(trim(text)) between 1 and 500),
	scale text not null check (scale in ('QUALITY', 'YES_NO')),
	constraint audit_question_position unique (template_id, position) deferrable initially deferred,
	-- lets a grade name its question's scale, so a grade from the other scale cannot be stored
	constraint audit_question_scale unique (id, scale)
);

create table case_audit (
	id uuid primary key,
	title text not null check (length(trim(title)) between 1 and 200),
	template_id uuid not null references audit_template (id),
	focus text check (focus is null or length(focus) <= 500),
	audit_date date not null,
	ends_on date not null,
	sample_size int not null check (sample_size between 1 and 50),
	seed text not null check (seed ~ '^[A-Za-z0-9-]{4,64}$'),
	status text not null check (status in ('OPEN', 'CLOSED')),
	created_at timestamptz not null,
	created_by text not null,
	created_by_account uuid references account (id),
	closed_at timestamptz,
	version int not null default 0,
	constraint case_audit_ends_after check (ends_on >= audit_date),
	constraint case_audit_closed check ((status = 'CLOSED') = (closed_at is not null))
);
create index case_audit_date on case_audit (audit_date);

-- The sample, stored once when the audit is set up so it never changes afterwards.
create table case_audit_case (
	id uuid primary key,
	audit_id uuid not null references case_audit (id),
	case_number int not null check (case_number >= 1),
	child_id uuid not null references child (id),
	plan_id uuid not null references plan (id),
	constraint case_audit_case_number unique (audit_id, case_number),
	constraint case_audit_case_child unique (audit_id, child_id)
);

create table case_audit_panel (
	audit_id uuid not null references case_audit (id),
	account_id uuid not null references account (id),
	agency_id uuid not null references agency (id),
	added_at timestamptz not null,
	primary key (audit_id, account_id)
);

-- One panel member's grading of one case: every question graded, with a comment.
create table case_audit_grading (
	id uuid primary key,
	case_id uuid not null references case_audit_case (id),
	account_id uuid not null references account (id),
	auditor_name text not null,
	agency_id uuid not null references agency (id),
	graded_at timestamptz not null,
	version int not null default 0,
	constraint case_audit_grading_one unique (case_id, account_id)
);

create table case_audit_grade (
	grading_id uuid not null references case_audit_grading (id),
	question_id uuid not null,
	scale text not null,
	grade text not null,
	comment text check (comment is null or length(comment) <= 2000),
	primary key (grading_id, question_id),
	foreign key (question_id, scale) references audit_question (id, scale),
	constraint case_audit_grade_on_scale check (scale = 'QUALITY' and grade in ('OUTSTANDING', 'GOOD',
		'REQUIRES_IMPROVEMENT', 'INADEQUATE') or scale = 'YES_NO' and grade in ('YES', 'PARTLY', 'NO')),
	constraint case_audit_grade_says_why check (grade in ('OUTSTANDING', 'GOOD', 'YES')
		or length(trim(coalesce(comment, ''))) > 0)
);

create table case_audit_finding (
	id uuid primary key,
	case_id uuid not null references case_audit_case (id),
	question_id uuid references audit_question (id),
	kind text not null check (kind in ('STRENGTH', 'AREA_FOR_IMPROVEMENT')),
	text text not null check (length(trim(text)) between 1 and 2000),
	account_id uuid not null references account (id),
	recorded_by text not null,
	recorded_at timestamptz not null
);
create index case_audit_finding_case on case_audit_finding (case_id);

create table case_audit_action (
	id uuid primary key,
	case_id uuid not null references case_audit_case (id),
	what text not null check (length(trim(what)) between 1 and 1000),
	owner text not null check (length(trim(owner)) between 1 and 200),
	due_on date not null,
	status text not null check (status in ('OPEN', 'DONE')),
	account_id uuid not null references account (id),
	recorded_by text not null,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	version int not null default 0
);
create index case_audit_action_case on case_audit_action (case_id);

-- The partnership's standard template: invented wording, shaped like the questions partnerships ask.
insert into audit_template (id, name, description, created_at, created_by)
values ('6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01', 'Multi-agency neglect case audit',
	'Looks at one child''s record across agencies: whether the child was seen and heard, the neglect assessment, '
	|| 'the level of need, the plan, information sharing, escalation and whether life is better for the child.',
	now(), 'Seen');
insert into audit_question (id, template_id, position, text, scale) values
	('6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c11', '6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01', 1,
		'Was the child seen, and is their voice recorded and used in decisions?', 'QUALITY'),
	('6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c12', '6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01', 2,
		'Was the graded neglect assessment completed with the family?', 'YES_NO'),
	('6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c13', '6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01', 3,
		'Were fathers and male carers involved in the assessment and the plan?', 'YES_NO'),
	('6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c14', '6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01', 4,
		'Was the level of need right for what the child was living with?', 'QUALITY'),
	('6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c15', '6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01', 5,
		'Was the plan specific and measurable, and was it reviewed on time?', 'QUALITY'),
	('6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c16', '6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01', 6,
		'Did agencies share what they knew, when it mattered?', 'QUALITY'),
	('6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c17', '6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01', 7,
		'Was drift or disagreement between agencies noticed and escalated?', 'YES_NO'),
	('6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c18', '6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01', 8,
		'Has the child''s day-to-day situation improved since the plan began?', 'QUALITY');
