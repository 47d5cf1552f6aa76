package org.seen.plans.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.seen.notifications.Notice;
import org.seen.plans.DriftCode;
import org.seen.plans.DriftFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a plan's stored drift findings in step with the drift rules: a finding opens the first
 * time its drift is seen (and the lead and the managers are told), and is resolved when the drift
 * is gone. Called by the daily check and by every view of the plan, in the caller's transaction.
 */
@Component
class DriftFindings {

	private static final RowMapper<Finding> FINDING = (rs, n) -> new Finding(rs.getObject("id", UUID.class),
			rs.getObject("plan_id", UUID.class), rs.getObject("child_id", UUID.class),
			DriftCode.valueOf(rs.getString("code")), rs.getString("detail"), rs.getObject("found_on", LocalDate.class),
			rs.getObject("resolved_on", LocalDate.class), rs.getString("decision"),
			rs.getObject("look_again_on", LocalDate.class), rs.getString("decided_by"),
			rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(), rs.getInt("version"));

	private final JdbcClient jdbc;

	private final DriftCheck check;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DriftFindings(JdbcClient jdbc, Clock clock, PlanSettings settings, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.check = new DriftCheck(clock, settings.drift());
		this.events = events;
	}

	LocalDate today() {
		return check.today();
	}

	/** Brings the plan's findings up to date and answers the open ones. */
	List<Finding> refresh(Plan plan, PlanParts parts) {
		LocalDate today = today();
		List<DriftCheck.Drift> drift = check.check(plan, parts.outcomes(), parts.actions(), parts.reviews());
		Set<DriftCode> now = drift.stream().map(DriftCheck.Drift::code).collect(Collectors.toCollection(
				() -> EnumSet.noneOf(DriftCode.class)));
		for (Finding finding : open(plan.id())) {
			if (!now.contains(finding.code())) {
				jdbc.sql("update drift_finding set resolved_on = greatest(found_on, ?) where id = ? and resolved_on is null")
					.params(today, finding.id())
					.update();
			}
		}
		for (DriftCheck.Drift d : drift) {
			UUID id = UUID.randomUUID();
			int opened = jdbc.sql("""
					insert into drift_finding (id, plan_id, child_id, code, detail, found_on) values (?, ?, ?, ?, ?, ?)
					on conflict (plan_id, code) where resolved_on is null do nothing""")
				.params(id, plan.id(), plan.childId(), d.code().name(), d.detail(), today)
				.update();
			if (opened == 1) {
				events.publishEvent(new DriftFound(id, plan.id(), plan.childId(), d.code(), today));
				tell(plan, d);
			}
			else {
				// the detail (how many actions, which date) follows the plan as it changes
				jdbc.sql("update drift_finding set detail = ? where plan_id = ? and code = ? and resolved_on is null")
					.params(d.detail(), plan.id(), d.code().name())
					.update();
			}
		}
		return open(plan.id());
	}

	/** The lead and the managers and safeguarding leads of the agencies working with the child. */
	private void tell(Plan plan, DriftCheck.Drift drift) {
		Set<UUID> recipients = new java.util.HashSet<>(jdbc.sql("""
				select distinct p.id from practitioner p join account a on a.practitioner_id = p.id
				where a.role in ('MANAGER', 'DSL') and a.enabled and p.agency_id in (
				  select i.agency_id from involvement i where i.child_id = ? and (i.ended_on is null or i.ended_on > ?))""")
			.params(plan.childId(), today())
			.query(UUID.class)
			.list());
		recipients.add(plan.leadPractitionerId());
		// no personal data: the email says only what kind of drift, and the link opens the plan behind its checks
		events.publishEvent(new Notice(recipients, "A plan needs attention: " + drift.code().label().toLowerCase(),
				"A Team Around the Family plan you lead or oversee shows drift (" + drift.code().label().toLowerCase()
						+ "). Open the plan to respond: escalate, step up, or record a manager's decision.",
				"/plans/" + plan.id(), plan.childId()));
	}

	List<Finding> open(UUID planId) {
		return jdbc.sql("select * from drift_finding where plan_id = ? and resolved_on is null order by found_on, code")
			.param(planId)
			.query(FINDING)
			.list();
	}

	/** Findings resolved since the plan began, newest first, for the plan's history. */
	List<Finding> resolved(UUID planId) {
		return jdbc.sql("select * from drift_finding where plan_id = ? and resolved_on is not null order by resolved_on desc")
			.param(planId)
			.query(FINDING)
			.list();
	}

	Optional<Finding> find(UUID planId, UUID findingId) {
		return jdbc.sql("select * from drift_finding where id = ? and plan_id = ?")
			.params(findingId, planId)
			.query(FINDING)
			.optional();
	}

	void decide(UUID findingId, int expectedVersion, String decision, LocalDate lookAgainOn, String by, UUID account) {
		int rows = jdbc.sql("""
				update drift_finding set decision = ?, look_again_on = ?, decided_by = ?, decided_by_account = ?,
				  decided_at = ?, version = version + 1
				where id = ? and version = ? and resolved_on is null""")
			.params(decision, lookAgainOn, by, account, Timestamp.from(Instant.now(clock)), findingId, expectedVersion)
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("The finding was changed by someone else");
		}
	}
}
