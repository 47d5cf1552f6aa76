-- A request for service to the front door (children's social care). What the referrer saw when
-- referring (the latest assessment, open alerts, a chronology summary) is kept as a snapshot in
-- `attached`, so the front door reads what the referrer read, whatever changes later.
create table front_door_referral (
	id uuid primary key,
	child_id uuid not null references child (id),
	to_agency_id uuid not null references agency (id),
	requested_level_code text not null,
	step_up boolean not null default false,
	from_level_code text,
	reason text not null check (length(trim(reason)) between 1 and 5000),
	family_knows text not null check (length(trim(family_knows)) between 1 and 2000),
	consent_id uuid references early_help_consent (id),
	without_consent_reason text check (without_consent_reason is null or length(trim(without_consent_reason)) between 1 and 2000),
	without_consent_lawful_basis text check (without_consent_lawful_basis in ('CONSENT', 'PUBLIC_TASK', 'LEGAL_OBLIGATION', 'VITAL_INTERESTS')),
	attached jsonb not null,
	referred_by text not null,
	referred_by_account uuid references account (id),
	referred_by_practitioner uuid references practitioner (id),
	referrer_agency_id uuid references agency (id),
	referred_at timestamptz not null,
	decision text check (decision in ('ADVICE_NO_FURTHER_ACTION', 'EARLY_HELP', 'CHILD_AND_FAMILY_ASSESSMENT',
		'STRATEGY_DISCUSSION', 'IMMEDIATE_PROTECTION')),
	decision_rationale text check (decision_rationale is null or length(trim(decision_rationale)) between 1 and 5000),
	decided_by text,
	decided_by_account uuid references account (id),
	decided_at timestamptz,
	decision_read_at timestamptz,
	version int not null default 0,
	-- consent, or a recorded reason and lawful basis for going ahead without it
	constraint referral_consent check (consent_id is not null
		or (without_consent_reason is not null and without_consent_lawful_basis is not null)),
	-- a decision is whole or absent
	constraint referral_decided check ((decision is null and decision_rationale is null and decided_by is null
		and decided_at is null and decision_read_at is null)
		or (decision is not null and decision_rationale is not null and decided_by is not null and decided_at is not null))
);
create index referral_child on front_door_referral (child_id, referred_at desc);
create index referral_waiting on front_door_referral (to_agency_id, referred_at) where decision is null;
create index referral_referrer on front_door_referral (referred_by_account) where decision is not null and decision_read_at is null;

-- Step-up (early help to the front door) and step-down (social care to early help), as recorded
-- transitions between levels: from, to, when, who and why.
create table level_transition (
	id uuid primary key,
	child_id uuid not null references child (id),
	direction text not null check (direction in ('STEP_UP', 'STEP_DOWN')),
	from_level_code text,
	to_level_code text not null,
	reason text not null check (length(trim(reason)) between 1 and 5000),
	referral_id uuid references front_door_referral (id),
	level_decision_id uuid references level_decision (id),
	made_by text not null,
	made_by_account uuid references account (id),
	made_at timestamptz not null,
	constraint level_transition_step_up check (direction <> 'STEP_UP' or referral_id is not null),
	constraint level_transition_step_down check (direction <> 'STEP_DOWN' or level_decision_id is not null)
);
create index level_transition_child on level_transition (child_id, made_at desc);
