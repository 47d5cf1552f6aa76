-- Failed sign-ins are counted by source address as well as by account, so that one address
-- guessing passwords across many accounts is slowed down too.
create index audit_entry_failed_sign_in on audit_entry (source_address, occurred_at)
	where action = 'SIGN_IN_FAILED';
