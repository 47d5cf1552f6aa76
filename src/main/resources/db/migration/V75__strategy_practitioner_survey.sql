-- The practitioner survey. Answers are anonymous: a response holds only the respondent's agency
-- kind, and who has answered is kept in survey_respondent with no link to any response (no shared
-- id, no time), so an answer cannot be traced to an account.
create table survey (
	id uuid primary key,
	title text not null check (length(trim(title)) between 1 and 200),
	opens_on date not null,
	closes_on date not null,
	created_at timestamptz not null,
	version int not null default 0,
	check (closes_on >= opens_on)
);

create table survey_question (
	id uuid primary key,
	survey_id uuid not null references survey (id),
	position int not null check (position >= 1),
	text text not null check (length(trim(text)) between 1 and 300),
	scale text not null check (scale in ('ONE_TO_TEN', 'AGREEMENT')),
	unique (survey_id, position)
);

create table survey_response (
	id uuid primary key,
	survey_id uuid not null references survey (id),
	agency_kind text not null
);

create table survey_answer (
	response_id uuid not null references survey_response (id),
	question_id uuid not null references survey_question (id),
	-- 1 to 10, or 1 (strongly disagree) to 5 (strongly agree) for an agreement question
	value int not null check (value between 1 and 10),
	primary key (response_id, question_id)
);

create table survey_respondent (
	survey_id uuid not null references survey (id),
	account_id uuid not null references account (id),
	primary key (survey_id, account_id)
);
