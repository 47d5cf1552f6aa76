-- A return's measures, counted child by child as it is imported and stored with it: the total
-- (breakdown '') and the count in each category of each breakdown. Replaced with the return.
create table cin_measure (
	return_id uuid not null references cin_return (id) on delete cascade,
	measure text not null,
	breakdown text not null,
	category text not null,
	count bigint not null check (count >= 0),
	primary key (return_id, measure, breakdown, category)
);
