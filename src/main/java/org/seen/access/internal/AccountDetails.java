package org.seen.access.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetails implements UserDetailsService {

	private final Accounts accounts;

	AccountDetails(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}
}
