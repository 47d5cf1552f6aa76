package org.seen.access.internal;

import java.util.Collection;
import java.util.List;

import org.seen.access.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account as Spring Security holds it in the session. */
public record SeenUser(Actor actor, String passwordHash, boolean enabled, boolean unlocked) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return unlocked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
