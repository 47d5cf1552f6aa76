-- Every version of an assessment tool Seen has loaded, word for word: those shipped in
-- classpath:tools/ (recorded at start-up) and those an administrator uploaded. A version is
-- never removed, so an assessment made with it can always show its own wording.
create table assessment_tool_version (
	id uuid primary key,
	tool_id text not null check (tool_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	version int not null check (version > 0),
	definition text not null,
	-- SHA-256 of the definition, hex: nodes compare and cache versions by it
	digest text not null,
	source text not null check (source in ('SHIPPED', 'UPLOADED')),
	file_name text not null,
	loaded_by_account uuid references account (id),
	loaded_by text,
	loaded_at timestamptz not null,
	unique (tool_id, version),
	check (source = 'SHIPPED' or loaded_by is not null)
);

-- Practitioners accredited (trained and licensed) to use a restricted tool, by tool id: an
-- accreditation holds for every version of the tool.
create table assessment_accreditation (
	practitioner_id uuid not null references practitioner (id),
	tool_id text not null check (tool_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	recorded_by_account uuid references account (id),
	recorded_by text not null,
	recorded_at timestamptz not null,
	primary key (practitioner_id, tool_id)
);
create index assessment_accreditation_tool on assessment_accreditation (tool_id);
