package org.seen.access.internal;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts from an address that has failed too often lately, whichever accounts
 * it tried: the per-account lockout alone would let one address try a common password against
 * every username. The count comes from the audit trail, so every node sees the same number.
 */
class SignInThrottle extends OncePerRequestFilter {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	SignInThrottle(JdbcClient jdbc, AuditTrail audit, Clock clock, int maxFailures, Duration window) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/sign-in").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		int recent = jdbc.sql("""
				select count(*) from audit_entry
				where action = 'SIGN_IN_FAILED' and source_address = ? and occurred_at > ?""")
			.params(request.getRemoteAddr(), Timestamp.from(Instant.now(clock).minus(window)))
			.query(Integer.class)
			.single();
		if (recent >= maxFailures) {
			audit.recordSignIn(String.valueOf(request.getParameter("username")).trim(), AuditAction.SIGN_IN_FAILED,
					"throttled", request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + "/sign-in?throttled");
			return;
		}
		chain.doFilter(request, response);
	}
}
