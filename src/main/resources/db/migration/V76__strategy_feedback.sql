-- Feedback the partnership gathers outside the family view: printed forms a family filled in,
-- entered by a practitioner (anonymous: no child, no family member, no one who entered it), and
-- practitioners' feedback on support they received (anonymous: the agency kind only).
create table printed_feedback (
	id uuid primary key,
	given_on date not null,
	agency_id uuid not null references agency (id),
	helpfulness int not null check (helpfulness between 1 and 5),
	helping text check (length(helping) <= 2000),
	could_be_better text check (length(could_be_better) <= 2000),
	anything_else text check (length(anything_else) <= 2000)
);
create index printed_feedback_given on printed_feedback (given_on);

create table practitioner_feedback (
	id uuid primary key,
	given_on date not null,
	service text not null check (service in ('FRONT_DOOR', 'MULTI_AGENCY_MEETING', 'SUPERVISION', 'TRAINING',
		'TOOLKIT', 'OTHER')),
	rating int not null check (rating between 1 and 5),
	helped text check (length(helped) <= 2000),
	could_be_better text check (length(could_be_better) <= 2000),
	agency_kind text not null
);
create index practitioner_feedback_given on practitioner_feedback (given_on);
