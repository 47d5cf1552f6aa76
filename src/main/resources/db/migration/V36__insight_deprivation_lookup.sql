-- The partnership's deprivation lookup: each postcode's LSOA (lower layer super output area) and
-- that area's Index of Multiple Deprivation decile (1 = the most deprived tenth of areas in
-- England). An upload replaces the whole lookup in one transaction; readers see the old one or
-- the new one, never a mixture. Postcodes are kept in the standard form households use.
create table deprivation_postcode (
	postcode text primary key check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
	lsoa text not null check (lsoa ~ '^[EW]01[0-9]{6}$'),
	imd_decile int not null check (imd_decile between 1 and 10)
);

-- Each upload, newest last: when the lookup was replaced, by whom, and how many postcodes it holds.
create table deprivation_upload (
	id uuid primary key,
	postcodes int not null check (postcodes > 0),
	uploaded_at timestamptz not null,
	uploaded_by text not null
);
