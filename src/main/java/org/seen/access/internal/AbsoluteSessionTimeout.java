package org.seen.access.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after sign-in however active it has been (the idle timeout is the
 * session store's). A shared computer left signed in all day must not stay signed in.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

	private static final String SIGNED_IN_AT = "seen.signedInAt";

	private final Clock clock;

	private final Duration limit;

	AbsoluteSessionTimeout(Clock clock, Duration limit) {
		this.clock = clock;
		this.limit = limit;
	}

	static void markSignedIn(HttpSession session, Clock clock) {
		session.setAttribute(SIGNED_IN_AT, Instant.now(clock).toEpochMilli());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt
				&& Instant.ofEpochMilli(signedInAt).plus(limit).isBefore(Instant.now(clock))) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/sign-in?expired");
			return;
		}
		chain.doFilter(request, response);
	}
}
