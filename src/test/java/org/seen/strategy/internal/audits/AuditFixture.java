package org.seen.strategy.internal.audits;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.seen.DemoActors;
import org.seen.access.Actor;
import org.seen.access.TestChildren;
import org.seen.access.internal.SeenUser;
import org.seen.family.TestFamilyPlans;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Children with open plans to sample, the demo's accounts as actors, and an audit set up with a panel. */
@TestComponent
@Import(DemoActors.class)
class AuditFixture {

	static final UUID STANDARD_TEMPLATE = UUID.fromString("6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01");

	private final JdbcClient jdbc;

	private final DemoActors actors;

	private final CaseAuditing auditing;

	AuditFixture(JdbcClient jdbc, DemoActors actors, CaseAuditing auditing) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.auditing = auditing;
	}

	CaseAuditing auditing() {
		return auditing;
	}

	Actor actor(String username) {
		return actors.actor(username);
	}

	SeenUser user(String username) {
		return new SeenUser(actor(username), "", true, true);
	}

	/** A child with a plan open since two months ago, involved with nobody. */
	UUID childWithOpenPlan(String name) {
		UUID child = new TestChildren(jdbc).create(name).id();
		TestFamilyPlans.giveAPlanTo(jdbc, child);
		return child;
	}

	UUID account(String username) {
		return actor(username).accountId();
	}

	/** An audit of the standard template dated today, sampling {@code size} cases with the seed, and its panel set. */
	UUID auditWithPanel(String title, int size, String seed, String... panel) {
		UUID id = auditing.createAudit(actor("analyst"), new CaseAuditing.NewAudit(title, STANDARD_TEMPLATE,
				"Neglect: the child's lived experience", LocalDate.now(java.time.ZoneId.of("Europe/London")), LocalDate.now(java.time.ZoneId.of("Europe/London")).plusWeeks(4), size, seed));
		if (panel.length > 0) {
			auditing.setPanel(actor("analyst"), id, 0, List.of(panel).stream().map(this::account).toList());
		}
		return id;
	}

	List<AuditTemplate.Question> questions() {
		return auditing.template(actor("analyst"), STANDARD_TEMPLATE).questions();
	}
}
