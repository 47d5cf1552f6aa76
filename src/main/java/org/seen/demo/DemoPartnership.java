package org.seen.demo;

import java.util.List;
import java.util.UUID;

import org.seen.Deployment;
import org.seen.access.AccountRegistry;
import org.seen.access.AccountRegistry.NewAccount;
import org.seen.access.Role;
import org.seen.assessment.Tools;
import org.seen.chronology.PatternCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads Northbrook once, on the first start of an embedded database: its agencies, teams,
 * practitioners and the demo accounts (password {@code demo}, API token {@code demo-<username>}).
 */
@Component
@org.springframework.core.annotation.Order(0)
class DemoPartnership implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPartnership.class);

	private final Deployment deployment;

	private final JdbcClient jdbc;

	private final AccountRegistry accounts;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	private final java.time.Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final PatternCheck patterns;

	private final Tools tools;

	private final org.seen.calendar.WorkingDays calendar;

	private final org.seen.family.FamilyAccessForDemo familyAccess;

	static final String DEMO_TOOL = "family-strengths-and-needs";

	DemoPartnership(Deployment deployment, JdbcClient jdbc, AccountRegistry accounts, TransactionTemplate transaction,
			java.time.Clock clock, PatternCheck patterns, Tools tools, org.seen.calendar.WorkingDays calendar,
			org.seen.family.FamilyAccessForDemo familyAccess, org.springframework.context.ApplicationEventPublisher events,
			@Value("${seen.demo.load:true}") boolean enabled) {
		this.events = events;
		this.calendar = calendar;
		this.familyAccess = familyAccess;
		this.tools = tools;
		this.patterns = patterns;
		this.clock = clock;
		this.deployment = deployment;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.transaction = transaction;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!deployment.isDemo() || !enabled) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			// one loader at a time, however many nodes start together
			jdbc.sql("select pg_advisory_xact_lock(hashtext('seen.demo'))").query().singleRow();
			if (jdbc.sql("select count(*) from agency").query(Integer.class).single() > 0) {
				return;
			}
			Northbrook northbrook = new Northbrook(jdbc);
			northbrook.agenciesAndPractitioners();
			for (Northbrook.DemoAccount account : northbrook.demoAccounts()) {
				UUID id = accounts.create(new NewAccount(account.username(), account.displayName(), account.role(),
						account.practitionerId(), account.agencyId(), "demo", true));
				accounts.issueToken(id, "Demo token", "demo-" + account.username(), true);
			}
			UUID system = accounts.create(new NewAccount("system.northbrook-primary", "Northbrook Primary School MIS",
					Role.AGENCY_SYSTEM, northbrook.practitioner("system.sch1"), northbrook.agency("SCH1"), null, true));
			accounts.issueToken(system, "School information system", "demo-system.northbrook-primary", true);
			DemoChronology chronology = new DemoChronology(jdbc, northbrook, clock);
			DemoAssessments assessments = new DemoAssessments(jdbc, northbrook, clock,
					tools.latest(DEMO_TOOL).orElseThrow(() -> new IllegalStateException("No " + DEMO_TOOL + " tool")));
			List<DemoFamilies.DemoChild> children = new DemoFamilies(jdbc, northbrook, clock).load();
			for (DemoFamilies.DemoChild child : children) {
				chronology.write(child);
				assessments.write(child);
				patterns.evaluate(child.id());
			}
			new DemoPathway(jdbc, northbrook, clock).write(children);
			new DemoPlans(jdbc, northbrook, clock).write(children);
			new DemoEscalations(jdbc, northbrook, calendar).write();
			new DemoFamilyAccess(jdbc, familyAccess).invite();
			new DemoNotices(jdbc, events).send();
			new DemoStrategy(jdbc, northbrook, clock).write();
			new DemoCaseAudits(jdbc, clock).write();
			new DemoWorkforce(jdbc, northbrook, clock).write();
			new DemoLearning(jdbc, clock).write();
			log.info("Loaded the Northbrook demo partnership");
		});
	}
}
