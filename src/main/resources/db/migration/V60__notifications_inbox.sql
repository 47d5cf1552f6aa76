-- A practitioner's inbox: one row per recipient of each notice. The subject and body hold no
-- personal data (they are emailed as written); the child is linked by id only.
create table notice (
	id uuid primary key,
	practitioner_id uuid not null references practitioner (id),
	subject text not null check (length(trim(subject)) between 1 and 200),
	body text check (body is null or length(body) <= 2000),
	link text not null check (link ~ '^/[^/]'),
	child_id uuid references child (id),
	created_at timestamptz not null,
	read_at timestamptz
);
create index notice_inbox on notice (practitioner_id, created_at desc);
create index notice_unread on notice (practitioner_id) where read_at is null;
