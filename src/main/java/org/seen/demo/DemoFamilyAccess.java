package org.seen.demo;

import java.util.List;
import java.util.UUID;

import org.seen.family.FamilyAccessForDemo;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Invites the mother of a demo child whose plan has had the most reviews to see her children's
 * plans, with the fixed demo code in docs/family-view.md, so that someone trying the demo can sign
 * in as the family at /family/sign-in.
 */
class DemoFamilyAccess {

	private final JdbcClient jdbc;

	private final FamilyAccessForDemo access;

	DemoFamilyAccess(JdbcClient jdbc, FamilyAccessForDemo access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	void invite() {
		record Lead(UUID childId, UUID mother, UUID lead) {
		}
		jdbc.sql("""
				select c.id, r.adult_id, p.lead_practitioner_id from child c
				join plan p on p.child_id = c.id and p.closed_on is null and p.lead_accepted_at is not null
				join relationship r on r.child_id = c.id and r.kind = 'MOTHER'
				order by (select count(*) from plan_review v where v.plan_id = p.id) desc, c.family_name, c.given_name
				limit 1""")
			.query((rs, n) -> new Lead(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
			.optional()
			.ifPresent(lead -> {
				List<UUID> children = jdbc.sql("select child_id from relationship where adult_id = ? order by child_id")
					.param(lead.mother())
					.query(UUID.class)
					.list();
				access.invite(lead.mother(), children, lead.lead());
			});
	}
}
