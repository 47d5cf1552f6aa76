package org.seen.demo;

import java.util.Set;
import java.util.UUID;

import org.seen.notifications.Notice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The notices the demo's history would have sent, so that inboxes are not empty at first start:
 * each decided referral to its referrer, each open drift finding to the plan's lead. Worded as the
 * pathway and plans modules word theirs: no personal data, a link to the record.
 */
class DemoNotices {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	DemoNotices(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	void send() {
		jdbc.sql("""
				select id, child_id, referred_by_practitioner from front_door_referral
				where decision is not null and referred_by_practitioner is not null""")
			.query((rs, n) -> new Notice(Set.of(rs.getObject("referred_by_practitioner", UUID.class)),
					"A referral you made has a decision",
					"The front door has recorded its decision on a referral you made. Sign in to Seen to read it.",
					"/referrals/" + rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class)))
			.list()
			.forEach(events::publishEvent);
		jdbc.sql("""
				select p.id, p.child_id, p.lead_practitioner_id, min(d.code) as code
				from drift_finding d join plan p on p.id = d.plan_id
				where d.resolved_on is null group by p.id, p.child_id, p.lead_practitioner_id""")
			.query((rs, n) -> new Notice(Set.of(rs.getObject("lead_practitioner_id", UUID.class)),
					"A plan needs attention",
					"A Team Around the Family plan you lead shows drift. Open the plan to respond: escalate, step up, "
							+ "or record a manager's decision.",
					"/plans/" + rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class)))
			.list()
			.forEach(events::publishEvent);
	}
}
