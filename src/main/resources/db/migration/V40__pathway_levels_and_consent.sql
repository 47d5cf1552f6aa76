-- A child's level of need as decided by a practitioner, with Seen's suggestion and its reasons
-- kept beside the decision; a decision other than the suggestion needs a reason. History is
-- every row: nothing is updated but the countersignature.
create table level_decision (
	id uuid primary key,
	child_id uuid not null references child (id),
	level_code text not null,
	suggested_code text,
	suggestion_reasons text[] not null default '{}',
	rationale text not null check (length(trim(rationale)) between 1 and 5000),
	different_reason text check (different_reason is null or length(different_reason) <= 5000),
	decided_by text not null,
	decided_by_account uuid references account (id),
	agency_id uuid references agency (id),
	decided_at timestamptz not null,
	countersigned_by text,
	countersigned_by_account uuid references account (id),
	countersigned_at timestamptz,
	countersign_note text check (countersign_note is null or length(countersign_note) <= 2000),
	version int not null default 0,
	constraint level_decision_countersigned check ((countersigned_at is null) = (countersigned_by is null)),
	constraint level_decision_differs check (suggested_code is null or level_code = suggested_code
		or length(trim(coalesce(different_reason, ''))) > 0)
);
create index level_decision_child on level_decision (child_id, decided_at desc);

-- The family's consent to early help: who gave it, for what, how and when, and when withdrawn.
create table early_help_consent (
	id uuid primary key,
	child_id uuid not null references child (id),
	given_by text not null check (length(trim(given_by)) between 1 and 200),
	given_by_adult uuid references adult (id),
	purpose text not null check (length(trim(purpose)) between 1 and 2000),
	how_given text not null check (how_given in ('WRITTEN', 'VERBAL', 'ELECTRONIC')),
	given_on date not null,
	-- the UK GDPR Article 6 basis for sharing what is recorded (see ConsentRule in the pathway)
	lawful_basis text not null check (lawful_basis in ('CONSENT', 'PUBLIC_TASK', 'LEGAL_OBLIGATION', 'VITAL_INTERESTS')),
	withdrawn_on date,
	withdrawn_reason text check (withdrawn_reason is null or length(withdrawn_reason) <= 2000),
	recorded_by text not null,
	recorded_by_account uuid references account (id),
	recorded_at timestamptz not null,
	version int not null default 0,
	constraint early_help_consent_withdrawn check (withdrawn_on is null or withdrawn_on >= given_on),
	constraint early_help_consent_withdrawn_reason check ((withdrawn_on is null) = (withdrawn_reason is null))
);
create index early_help_consent_child on early_help_consent (child_id, given_on desc);
