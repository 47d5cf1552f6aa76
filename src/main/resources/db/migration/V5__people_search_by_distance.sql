-- Name search orders by trigram distance; a GiST index can return the nearest names first, so a
-- search stops after the first page of visible matches instead of sorting every candidate.
create index child_search_name_gist on child using gist (search_name gist_trgm_ops);
