package org.seen.access.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the signed-in account on every request instead of trusting what the session remembered
 * from sign-in: a disabled or locked account is signed out at once, and a practitioner moved to
 * another team, agency or role works with their new scope from their next page.
 */
class AccountStillValid extends OncePerRequestFilter {

	private final Accounts accounts;

	AccountStillValid(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SeenUser remembered) {
			Optional<SeenUser> current = accounts.byUsername(remembered.getUsername())
				.filter(user -> user.isEnabled() && user.isAccountNonLocked());
			if (current.isEmpty()) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/sign-in?expired");
				return;
			}
			if (!current.get().actor().equals(remembered.actor())) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current.get(), null,
						current.get().getAuthorities()));
				SecurityContextHolder.setContext(context);
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
				}
			}
		}
		chain.doFilter(request, response);
	}
}
