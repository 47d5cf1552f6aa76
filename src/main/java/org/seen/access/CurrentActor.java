package org.seen.access;

import java.util.Optional;

import org.seen.access.internal.SeenUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the current request. */
@Component
public class CurrentActor {

	public Actor get() {
		return find().orElseThrow(() -> new IllegalStateException("No one is signed in"));
	}

	public Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SeenUser user) {
			return Optional.of(user.actor());
		}
		return Optional.empty();
	}
}
