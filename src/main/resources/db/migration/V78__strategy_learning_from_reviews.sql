-- Learning from reviews: a register of the reviews the partnership learns from (local and national
-- child safeguarding practice reviews, rapid reviews, safeguarding adults reviews, multi-agency
-- audits), their themes from a list the partnership maintains, and recommendations with an owner
-- and a status, cross-referenced to the strategy's aims and the action plan's items, with dated
-- evidence of what changed. No child is named here: reviews are published documents.

-- The maintained list of themes. A retired theme stays on the reviews that have it but is not
-- offered for new ones, so old reviews keep their meaning.
create table learning_theme (
	id uuid primary key,
	name text not null check (length(btrim(name)) between 1 and 120),
	retired boolean not null default false,
	created_at timestamptz not null,
	version int not null default 0
);
create unique index learning_theme_name on learning_theme (lower(btrim(name)));

insert into learning_theme (id, name, created_at) values
	(gen_random_uuid(), 'The child''s voice and lived experience', now()),
	(gen_random_uuid(), 'Fathers and male carers', now()),
	(gen_random_uuid(), 'Drift and delay', now()),
	(gen_random_uuid(), 'Professional curiosity', now()),
	(gen_random_uuid(), 'Escalation and challenge', now()),
	(gen_random_uuid(), 'Supervision and reflection', now()),
	(gen_random_uuid(), 'Recognising cumulative neglect', now()),
	(gen_random_uuid(), 'Adolescents', now()),
	(gen_random_uuid(), 'Was not brought: missed health appointments', now()),
	(gen_random_uuid(), 'School attendance', now()),
	(gen_random_uuid(), 'Home conditions', now()),
	(gen_random_uuid(), 'Information sharing between agencies', now()),
	(gen_random_uuid(), 'Disguised compliance', now()),
	(gen_random_uuid(), 'Thresholds and level of need', now());

create table learning_review (
	id uuid primary key,
	kind text not null check (kind in ('LOCAL_CSPR', 'NATIONAL_REVIEW', 'RAPID_REVIEW', 'SAFEGUARDING_ADULTS_REVIEW',
		'MULTI_AGENCY_AUDIT', 'OTHER_SCRUTINY')),
	scope text not null check (scope in ('LOCAL', 'NATIONAL')),
	title text not null check (length(btrim(title)) between 1 and 300),
	published_by text not null check (length(btrim(published_by)) between 1 and 200),
	published_on date not null,
	summary text not null default '' check (length(summary) <= 4000),
	link text check (link is null or (link ~ '^https?://[^\s]+$' and length(link) <= 1000)),
	created_at timestamptz not null,
	created_by uuid references account (id),
	version int not null default 0
);
create index learning_review_published on learning_review (published_on desc);

create table learning_review_theme (
	review_id uuid not null references learning_review (id) on delete cascade,
	theme_id uuid not null references learning_theme (id),
	primary key (review_id, theme_id)
);
create index learning_review_theme_theme on learning_review_theme (theme_id);

-- A recommendation: numbered within its review, owned by a named lead in an agency. "Not accepted"
-- always carries the reason. all_aims is the appendix's "All": it serves every aim of the strategy.
create table learning_recommendation (
	id uuid primary key,
	review_id uuid not null references learning_review (id),
	position int not null check (position between 1 and 500),
	text text not null check (length(btrim(text)) between 1 and 4000),
	owner_name text not null check (length(btrim(owner_name)) between 1 and 120),
	owner_agency_id uuid not null references agency (id),
	due_on date,
	status text not null default 'NOT_STARTED' check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE', 'NOT_ACCEPTED')),
	not_accepted_reason text check (not_accepted_reason is null or length(btrim(not_accepted_reason)) between 1 and 2000),
	all_aims boolean not null default false,
	created_at timestamptz not null,
	created_by uuid references account (id),
	updated_at timestamptz not null,
	version int not null default 0,
	unique (review_id, position),
	check ((status = 'NOT_ACCEPTED') = (not_accepted_reason is not null))
);
create index learning_recommendation_owner on learning_recommendation (owner_agency_id);

create table learning_recommendation_aim (
	recommendation_id uuid not null references learning_recommendation (id) on delete cascade,
	aim_id uuid not null references strategy_aim (id),
	primary key (recommendation_id, aim_id)
);
create index learning_recommendation_aim_aim on learning_recommendation_aim (aim_id);

create table learning_recommendation_item (
	recommendation_id uuid not null references learning_recommendation (id) on delete cascade,
	item_id uuid not null references action_item (id),
	primary key (recommendation_id, item_id)
);
create index learning_recommendation_item_item on learning_recommendation_item (item_id);

-- Evidence of what changed because of a recommendation: dated, added and never edited, so the
-- record of change is the one the subgroup saw.
create table learning_evidence (
	id uuid primary key,
	recommendation_id uuid not null references learning_recommendation (id),
	changed_on date not null,
	what_changed text not null check (length(btrim(what_changed)) between 1 and 2000),
	link text check (link is null or (link ~ '^(https?://[^\s]+|/[^\s]*)$' and length(link) <= 1000)),
	recorded_at timestamptz not null,
	recorded_by uuid references account (id)
);
create index learning_evidence_recommendation on learning_evidence (recommendation_id, changed_on);
create index learning_evidence_changed on learning_evidence (changed_on);

create function learning_evidence_is_never_edited() returns trigger language plpgsql as $$
begin
	raise exception 'Evidence of change is added, never edited or removed';
end $$;
create trigger learning_evidence_unchanged before update or delete on learning_evidence
	for each row execute function learning_evidence_is_never_edited();
