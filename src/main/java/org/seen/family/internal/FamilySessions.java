package org.seen.family.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Where a family member's sign-in is kept: in the session under its own key. Not a
 * {@code SecurityContextRepository} bean, so that no other filter chain could pick it up.
 */
@Component
class FamilySessions {

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	FamilySessions() {
		contexts.setSpringSecurityContextKey(FamilySecurity.CONTEXT_KEY);
	}

	HttpSessionSecurityContextRepository repository() {
		return contexts;
	}

	/** Signs the family member in on a new session id, so that a session fixed beforehand is worthless. */
	void signIn(HttpServletRequest request, HttpServletResponse response, FamilyPrincipal family) {
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(family, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + FamilySecurity.ROLE))));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
