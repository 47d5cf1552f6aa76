package org.seen.family.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The family's own filter chain for {@code /family/**}, ahead of the practitioners' chains. A
 * family member's sign-in is kept under its own key in the session, which the practitioners'
 * chains never read: on any practitioner page or the API a family member is simply not signed in,
 * and on the family's pages a practitioner is not either (and would lack the FAMILY role).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class FamilySecurity {

	/** The session attribute holding a family member's sign-in; practitioners' is Spring's default. */
	static final String CONTEXT_KEY = "SEEN_FAMILY_SECURITY_CONTEXT";

	static final String ROLE = "FAMILY";

	/** The same policy as the practitioners' pages: nothing from anywhere but Seen itself. */
	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	@Order(0)
	SecurityFilterChain familyFilterChain(HttpSecurity http, FamilySessions sessions, FamilyMembers members) throws Exception {
		http.securityMatcher("/family/**")
			.securityContext(c -> c.securityContextRepository(sessions.repository()))
			.requestCache(c -> c.requestCache(new NullRequestCache()))
			.exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/family/sign-in")))
			.logout(logout -> logout.logoutUrl("/family/sign-out")
				.logoutSuccessUrl("/family/sign-in?signed-out")
				.permitAll())
			.addFilterBefore(new StillInvited(members), AuthorizationFilter.class)
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.authorizeHttpRequests(a -> a.requestMatchers("/family/sign-in", "/family/sign-in/**")
				.permitAll()
				.anyRequest()
				.hasRole(ROLE));
		return http.build();
	}

	/**
	 * Ends a family member's session on the first request after their access was revoked, so that
	 * revoking takes effect at once rather than when the session runs out.
	 */
	static final class StillInvited extends OncePerRequestFilter {

		private final FamilyMembers members;

		StillInvited(FamilyMembers members) {
			this.members = members;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof FamilyPrincipal family
					&& !members.isCurrent(family.memberId())) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.removeAttribute(CONTEXT_KEY);
				}
				response.sendRedirect(request.getContextPath() + "/family/sign-in?ended");
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
