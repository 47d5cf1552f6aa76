package org.seen.access.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a sign-in attempt or sign-out: failures are counted towards the lockout,
 * and every outcome is written to the audit trail.
 */
@Component
class SignInOutcomes extends SavedRequestAwareAuthenticationSuccessHandler
		implements AuthenticationFailureHandler, LogoutHandler {

	private final Accounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	SignInOutcomes(Accounts accounts, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		setDefaultTargetUrl("/");
		setAlwaysUseDefaultTargetUrl(false);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		SeenUser user = (SeenUser) authentication.getPrincipal();
		accounts.successfulSignIn(user.actor().accountId());
		audit.record(user.actor(), AuditAction.SIGN_IN, "ACCOUNT", user.actor().accountId(), null, null);
		AbsoluteSessionTimeout.markSignedIn(request.getSession(), clock);
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = String.valueOf(request.getParameter("username")).trim();
		if (exception instanceof LockedException) {
			audit.recordSignIn(username, AuditAction.SIGN_IN_FAILED, "locked", request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + "/sign-in?locked");
			return;
		}
		boolean lockedNow = accounts.failedSignIn(username);
		audit.recordSignIn(username, AuditAction.SIGN_IN_FAILED, lockedNow ? "bad credentials; locked" : "bad credentials",
				request.getRemoteAddr());
		response.sendRedirect(request.getContextPath() + (lockedNow ? "/sign-in?locked" : "/sign-in?error"));
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof SeenUser user) {
			audit.record(user.actor(), AuditAction.SIGN_OUT, "ACCOUNT", user.actor().accountId(), null, null);
		}
	}
}
