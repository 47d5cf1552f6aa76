package org.seen.access.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.seen.access.AccountRegistry;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls by a bearer token issued to a person or an agency system. */
class BearerTokens extends OncePerRequestFilter {

	private final Accounts accounts;

	BearerTokens(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			Optional<SeenUser> user = accounts.byToken(AccountRegistry.hash(header.substring(7).trim()))
				.filter(SeenUser::isEnabled);
			if (user.isEmpty()) {
				SecurityConfiguration.problem(response, 401, "Unauthorised", "The API token is not valid.");
				return;
			}
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
						user.get().getAuthorities()));
		}
		chain.doFilter(request, response);
	}
}
