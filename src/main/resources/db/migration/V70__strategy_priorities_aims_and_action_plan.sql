-- The partnership's neglect strategy in its own words (priorities and their aims) and the action
-- plan that delivers it: items with a lead, activities, key performance indicators (typed, or
-- linked to a live or census measure), progress updates rated red, amber or green, evidence links,
-- and an assess-plan-do-review record for each period. One strategy is current at a time; an
-- earlier one is kept, not deleted, because reviews and reports refer to its aims.

create table strategy (
	id uuid primary key,
	title text not null check (length(title) between 1 and 200),
	vision text not null default '' check (length(vision) <= 4000),
	starts_on date not null,
	ends_on date not null,
	current boolean not null default true,
	created_at timestamptz not null,
	version int not null default 0,
	check (ends_on > starts_on)
);
create unique index strategy_only_one_current on strategy (current) where current;

create table strategy_priority (
	id uuid primary key,
	strategy_id uuid not null references strategy (id),
	position int not null check (position between 1 and 20),
	title text not null check (length(title) between 1 and 200),
	summary text not null default '' check (length(summary) <= 4000),
	version int not null default 0,
	unique (strategy_id, position)
);

-- An aim as the strategy words it, with the reference the strategy uses ("1.2").
create table strategy_aim (
	id uuid primary key,
	priority_id uuid not null references strategy_priority (id),
	reference text not null check (reference ~ '^[0-9A-Za-z.]{1,10}$'),
	statement text not null check (length(statement) between 1 and 1000),
	version int not null default 0,
	unique (priority_id, reference)
);

create table action_item (
	id uuid primary key,
	priority_id uuid not null references strategy_priority (id),
	reference text not null check (reference ~ '^[0-9A-Za-z.]{1,10}$'),
	title text not null check (length(title) between 1 and 300),
	activities text not null check (length(activities) between 1 and 4000),
	lead_name text not null check (length(lead_name) between 1 and 120),
	lead_agency_id uuid not null references agency (id),
	due_on date,
	status text not null default 'OPEN' check (status in ('OPEN', 'COMPLETE', 'WITHDRAWN')),
	created_at timestamptz not null,
	created_by uuid references account (id),
	version int not null default 0,
	unique (priority_id, reference)
);
create index action_item_lead_agency on action_item (lead_agency_id);

-- Which of the strategy's aims an item serves (one or more).
create table action_item_aim (
	item_id uuid not null references action_item (id) on delete cascade,
	aim_id uuid not null references strategy_aim (id),
	primary key (item_id, aim_id)
);
create index action_item_aim_aim on action_item_aim (aim_id);

-- A key performance indicator. measure_key names a live or census measure (as the insight module's
-- measure catalogue spells it) whose figures give the current value and trend; when it is null the
-- values are typed as readings. direction says which way is better.
create table action_kpi (
	id uuid primary key,
	item_id uuid not null references action_item (id) on delete cascade,
	description text not null check (length(description) between 1 and 300),
	measure_key text check (length(measure_key) <= 120),
	unit text not null default 'COUNT' check (unit in ('COUNT', 'PERCENT')),
	baseline_value numeric(12, 2),
	baseline_on date,
	target_value numeric(12, 2),
	target_on date,
	direction text not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
	version int not null default 0,
	check ((baseline_value is null) = (baseline_on is null)),
	check ((target_value is null) = (target_on is null)),
	check (unit <> 'PERCENT' or (coalesce(baseline_value, 0) between 0 and 100 and coalesce(target_value, 0) between 0 and 100))
);
create index action_kpi_item on action_kpi (item_id);

-- A typed value of a KPI that is not linked to a measure.
create table action_kpi_reading (
	id uuid primary key,
	kpi_id uuid not null references action_kpi (id) on delete cascade,
	value numeric(12, 2) not null,
	as_at date not null,
	recorded_at timestamptz not null,
	recorded_by uuid not null references account (id),
	unique (kpi_id, as_at)
);

-- Progress on an item: red, amber or green, what was done, and the impact on children and families.
-- Updates are added, never edited, so the history shows how the item went.
create table action_progress (
	id uuid primary key,
	item_id uuid not null references action_item (id) on delete cascade,
	rag text not null check (rag in ('RED', 'AMBER', 'GREEN')),
	narrative text not null check (length(narrative) between 1 and 4000),
	impact text not null default '' check (length(impact) <= 4000),
	as_at date not null,
	recorded_at timestamptz not null,
	recorded_by uuid not null references account (id)
);
create index action_progress_item on action_progress (item_id, as_at desc, recorded_at desc);

create table action_evidence (
	id uuid primary key,
	item_id uuid not null references action_item (id) on delete cascade,
	title text not null check (length(title) between 1 and 200),
	link text not null check (link ~ '^(https?://|/)' and length(link) <= 1000),
	added_at timestamptz not null,
	added_by uuid not null references account (id)
);
create index action_evidence_item on action_evidence (item_id);

-- Assess, plan, do, review: what the partnership found, planned, did and learned in one period.
create table strategy_review_cycle (
	id uuid primary key,
	strategy_id uuid not null references strategy (id),
	starts_on date not null,
	ends_on date not null,
	assess text not null default '' check (length(assess) <= 4000),
	plan text not null default '' check (length(plan) <= 4000),
	did text not null default '' check (length(did) <= 4000),
	review text not null default '' check (length(review) <= 4000),
	updated_at timestamptz not null,
	updated_by uuid references account (id),
	version int not null default 0,
	check (ends_on >= starts_on),
	unique (strategy_id, starts_on)
);
