package org.seen.access.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the JSON API, stateless with bearer tokens; and the pages, with a session
 * in PostgreSQL, CSRF on every form, and strict security headers. One-off commands run without
 * a web server, and so without these.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	private static final String[] CASEWORK = org.seen.access.Role.CASEWORK;

	/** Who reads the partnership's measures: analysts in full, the others with small numbers withheld. */
	private static final String[] INSIGHT = { "ANALYST", "ADMINISTRATOR", "MANAGER", "AUDITOR" };

	/** Every role of the partnership's staff and agency systems. */
	private static final String[] STAFF = java.util.Arrays.stream(org.seen.access.Role.values())
		.map(Enum::name)
		.toArray(String[]::new);

	/** Every role of a person (not an agency system). */
	private static final String[] PEOPLE = java.util.Arrays.stream(org.seen.access.Role.values())
		.filter(r -> r != org.seen.access.Role.AGENCY_SYSTEM)
		.map(Enum::name)
		.toArray(String[]::new);

	/**
	 * Escalations: casework roles and the partnership's business unit read them (the escalation
	 * module decides which, and hides children's names from the partnership); auditors only read.
	 * The open list is for managers, DSLs and the partnership. Supervision notes: casework and
	 * auditors; the supervision module admits only the worker, their supervisor and auditors.
	 */
	private static final String[] ESCALATION_READERS = { "PRACTITIONER", "DSL", "MANAGER", "FRONT_DOOR",
			"SOCIAL_WORKER", "ANALYST", "AUDITOR", "ADMINISTRATOR" };

	private static final String[] ESCALATION_ACTORS = { "PRACTITIONER", "DSL", "MANAGER", "FRONT_DOOR",
			"SOCIAL_WORKER", "ANALYST", "ADMINISTRATOR" };

	private static final String[] ESCALATION_LIST = { "DSL", "MANAGER", "ANALYST", "AUDITOR", "ADMINISTRATOR" };

	private static final String[] SUPERVISION = { "PRACTITIONER", "DSL", "MANAGER", "FRONT_DOOR", "SOCIAL_WORKER",
			"AUDITOR" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, Accounts accounts) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokens(accounts), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> problem(response, 401, "Unauthorised",
						"Send a valid API token as 'Authorization: Bearer <token>'."))
				.accessDeniedHandler((request, response, ex) -> problem(response, 403, "Forbidden",
						"Your role may not use this part of the API.")))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)))
			.authorizeHttpRequests(a -> a
				.requestMatchers("/api/v1/audit/**").hasRole("AUDITOR")
				// census returns: analysts import them; oversight roles read their measures, small numbers withheld
				.requestMatchers(HttpMethod.POST, "/api/v1/cin-returns").hasRole("ANALYST")
				.requestMatchers("/api/v1/cin-returns/**", "/api/v1/cin-trends/**").hasAnyRole(INSIGHT)
				// live measures: the same readers; the deprivation lookup is replaced by analysts and administrators
				.requestMatchers(HttpMethod.POST, "/api/v1/insight/deprivation").hasAnyRole("ANALYST", "ADMINISTRATOR")
				.requestMatchers("/api/v1/insight/**").hasAnyRole(INSIGHT)
				.requestMatchers("/api/v1/children/*/escalations", "/api/v1/children/*/supervision-notes")
				.hasAnyRole(CASEWORK)
				.requestMatchers(HttpMethod.GET, "/api/v1/escalations/**").hasAnyRole(ESCALATION_READERS)
				.requestMatchers("/api/v1/escalations/**").hasAnyRole(ESCALATION_ACTORS)
				.requestMatchers("/api/v1/supervision-notes/**").hasAnyRole(SUPERVISION)
				.requestMatchers("/api/v1/children/**", "/api/v1/chronology/**")
				.hasAnyRole(append(CASEWORK, "AGENCY_SYSTEM"))
				.requestMatchers("/api/v1/assessments/**", "/api/v1/notices").hasAnyRole(CASEWORK)
				// the pathway: the front door's queue is for the front door and managers; the records for casework
				.requestMatchers("/api/v1/front-door/**").hasAnyRole("FRONT_DOOR", "MANAGER")
				.requestMatchers("/api/v1/level-decisions/**", "/api/v1/consents/**", "/api/v1/referrals/**")
				.hasAnyRole(CASEWORK)
				// plans: casework roles; a decision on drift is a manager's or safeguarding lead's
				.requestMatchers("/api/v1/plans/*/drift/**").hasAnyRole("MANAGER", "DSL")
				.requestMatchers("/api/v1/plans/**").hasAnyRole(CASEWORK)
				// strategy: every member of staff; the strategy module decides who reads and who changes what
				.requestMatchers("/api/v1/strategy/**").hasAnyRole(PEOPLE)
				// family access is given by practitioners; family members have no API (see docs/family-view.md)
				.requestMatchers("/api/v1/family-members/**").hasAnyRole(CASEWORK)
				.anyRequest().hasAnyRole(STAFF));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SignInOutcomes outcomes, Accounts accounts, Clock clock,
			@Value("${seen.session.absolute-timeout}") Duration absoluteTimeout,
			org.springframework.jdbc.core.simple.JdbcClient jdbc, org.seen.access.AuditTrail audit,
			@Value("${seen.sign-in.max-failures-per-address}") int maxFailuresPerAddress,
			@Value("${seen.sign-in.lockout}") Duration lockout) throws Exception {
		http.formLogin(form -> form.loginPage("/sign-in")
			.loginProcessingUrl("/sign-in")
			.successHandler(outcomes)
			.failureHandler(outcomes)
			.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out")
				.addLogoutHandler(outcomes)
				.logoutSuccessUrl("/sign-in?signed-out")
				.permitAll())
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.addFilterBefore(new AbsoluteSessionTimeout(clock, absoluteTimeout), AuthorizationFilter.class)
			.addFilterBefore(new AccountStillValid(accounts), AuthorizationFilter.class)
			.addFilterBefore(new SignInThrottle(jdbc, audit, clock, maxFailuresPerAddress, lockout),
					UsernamePasswordAuthenticationFilter.class)
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.authorizeHttpRequests(a -> a
				.requestMatchers("/webjars/**", "/assets/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
						"/error", "/v3/api-docs/**", "/accessibility")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/sign-in").permitAll()
				.requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
				.requestMatchers(HttpMethod.POST, "/insight/census").hasRole("ANALYST")
				.requestMatchers("/insight/deprivation").hasAnyRole("ANALYST", "ADMINISTRATOR")
				.requestMatchers("/insight/**").hasAnyRole(INSIGHT)
				.requestMatchers("/audit/**").hasRole("AUDITOR")
				.requestMatchers("/children/*/audit").hasAnyRole("DSL", "MANAGER", "AUDITOR")
				.requestMatchers(HttpMethod.GET, "/escalations").hasAnyRole(ESCALATION_LIST)
				.requestMatchers(HttpMethod.GET, "/escalations/**").hasAnyRole(ESCALATION_READERS)
				.requestMatchers("/escalations/**").hasAnyRole(ESCALATION_ACTORS)
				.requestMatchers("/supervision/**").hasAnyRole(SUPERVISION)
				.requestMatchers("/plans/*/drift/**").hasAnyRole("MANAGER", "DSL")
				.requestMatchers("/children/**", "/assessments/**", "/plans/**", "/search", "/worklist", "/break-glass",
						"/inbox/**")
				.hasAnyRole(CASEWORK)
				// the pathway: the front door's queue is for the front door and managers; the records for casework
				.requestMatchers("/front-door/**", "/front-door").hasAnyRole("FRONT_DOOR", "MANAGER")
				.requestMatchers("/level-decisions/**", "/consents/**", "/referrals/**").hasAnyRole(CASEWORK)
				// strategy: every member of staff; the strategy module decides who reads and who changes what
				.requestMatchers("/strategy/**", "/strategy").hasAnyRole(PEOPLE)
				.anyRequest().hasAnyRole(STAFF));
		return http.build();
	}

	static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

	private static String[] append(String[] roles, String role) {
		String[] all = java.util.Arrays.copyOf(roles, roles.length + 1);
		all[roles.length] = role;
		return all;
	}
}
