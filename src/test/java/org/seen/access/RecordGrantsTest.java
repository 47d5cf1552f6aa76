package org.seen.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.access.internal.SeenUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A record grant lets a case audit's panel member read a sampled child's record, audited as a
 * case audit, and nothing more: no other child, no write, and nothing once it is revoked or expired.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DemoActors.class)
class RecordGrantsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordGrants grants;

	@Autowired
	ChildAccess access;

	@Autowired
	DemoActors actors;

	@Autowired
	JdbcClient jdbc;

	TestChildren children() {
		return new TestChildren(jdbc);
	}

	SeenUser signedIn(String username) {
		return new SeenUser(actors.actor(username), "", true, true);
	}

	Instant tomorrow() {
		return Instant.now().plus(Duration.ofDays(1));
	}

	int entries(UUID child, String username, String action, String detailLike) {
		return jdbc.sql("""
				select count(*) from audit_entry e
				where e.child_id = ? and e.username = ? and e.action = ? and coalesce(e.detail, '') like ?""")
			.params(child, username, action, detailLike)
			.query(Integer.class)
			.single();
	}

	@Test
	void a_panel_member_with_a_grant_opens_the_sampled_childs_page_and_the_view_is_audited_as_a_case_audit()
			throws Exception {
		UUID sampled = children().create("Grantedsampled").id();
		grants.grant(actors.actor("teacher").accountId(), sampled, RecordGrants.Purpose.CASE_AUDIT, UUID.randomUUID(),
				tomorrow());
		mvc.perform(get("/children/{id}", sampled).with(user(signedIn("teacher")))).andExpect(status().isOk());
		assertThat(entries(sampled, "teacher", "VIEW", "%case audit%")).isPositive();
	}

	@Test
	void a_panel_member_cannot_open_a_child_who_was_not_sampled() throws Exception {
		UUID sampled = children().create("Grantedone").id();
		UUID other = children().create("Notsampled").id();
		grants.grant(actors.actor("teacher").accountId(), sampled, RecordGrants.Purpose.CASE_AUDIT, UUID.randomUUID(),
				tomorrow());
		mvc.perform(get("/children/{id}", other).with(user(signedIn("teacher")))).andExpect(status().isNotFound());
		assertThat(entries(other, "teacher", "DENIED", "%")).isPositive();
	}

	@Test
	void a_grant_never_opens_a_write_so_the_chronology_refuses_an_entry_and_nothing_is_stored() throws Exception {
		UUID sampled = children().create("Grantedreader").id();
		grants.grant(actors.actor("teacher").accountId(), sampled, RecordGrants.Purpose.CASE_AUDIT, UUID.randomUUID(),
				tomorrow());
		LocalDate today = LocalDate.now();
		mvc.perform(post("/children/{id}/events/new", sampled).with(user(signedIn("teacher"))).with(csrf())
			.param("day", String.valueOf(today.getDayOfMonth()))
			.param("month", String.valueOf(today.getMonthValue()))
			.param("year", String.valueOf(today.getYear()))
			.param("type", "CONCERN")
			.param("summary", "An auditor must not be able to write this")
			.param("significance", "MEDIUM")).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from chronology_event where child_id = ?").param(sampled)
			.query(Integer.class).single()).isZero();
		Actor teacher = actors.actor("teacher");
		assertThat(access.canSee(teacher, sampled)).isFalse();
		assertThat(access.admit(teacher, sampled, AuditAction.CHANGE, "CHILD", sampled, null)).isFalse();
		assertThat(access.admit(teacher, sampled, AuditAction.CREATE, "CHILD", sampled, null)).isFalse();
		assertThat(access.admit(teacher, sampled, AuditAction.VIEW, "CHILD", sampled, null)).isTrue();
	}

	@Test
	void a_grant_neither_adds_an_adult_nor_a_brother_or_sister_to_the_sampled_childs_household() throws Exception {
		UUID sampled = children().create("Grantedhousehold").id();
		grants.grant(actors.actor("teacher").accountId(), sampled, RecordGrants.Purpose.CASE_AUDIT, UUID.randomUUID(),
				tomorrow());
		mvc.perform(post("/children/{id}/adults/new", sampled).with(user(signedIn("teacher"))).with(csrf())
			.param("givenName", "Auditor").param("familyName", "Mustnotadd")).andExpect(status().isNotFound());
		mvc.perform(post("/children/new").param("sibling", sampled.toString()).with(user(signedIn("teacher")))
			.with(csrf())
			.param("givenName", "Auditor").param("familyName", "Mustnotadd")).andExpect(status().isNotFound());
		assertThat(entries(sampled, "teacher", "DENIED", "CHANGE")).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from adult where family_name = 'Mustnotadd'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void revoking_the_audits_grants_ends_access_and_leaves_other_audits_grants_alone() throws Exception {
		UUID sampled = children().create("Grantedrevoked").id();
		UUID audit = UUID.randomUUID();
		UUID otherAudit = UUID.randomUUID();
		UUID stillSampled = children().create("Grantedkept").id();
		grants.grant(actors.actor("teacher").accountId(), sampled, RecordGrants.Purpose.CASE_AUDIT, audit, tomorrow());
		grants.grant(actors.actor("teacher").accountId(), stillSampled, RecordGrants.Purpose.CASE_AUDIT, otherAudit,
				tomorrow());
		mvc.perform(get("/children/{id}", sampled).with(user(signedIn("teacher")))).andExpect(status().isOk());
		assertThat(grants.revokeAll(RecordGrants.Purpose.CASE_AUDIT, audit)).isEqualTo(1);
		mvc.perform(get("/children/{id}", sampled).with(user(signedIn("teacher")))).andExpect(status().isNotFound());
		mvc.perform(get("/children/{id}", stillSampled).with(user(signedIn("teacher")))).andExpect(status().isOk());
	}

	@Test
	void an_expired_grant_opens_nothing_and_a_grant_for_another_account_opens_nothing() throws Exception {
		UUID sampled = children().create("Grantedexpired").id();
		UUID id = grants.grant(actors.actor("teacher").accountId(), sampled, RecordGrants.Purpose.CASE_AUDIT,
				UUID.randomUUID(), tomorrow());
		jdbc.sql("update record_grant set granted_at = now() - interval '2 days', expires_at = now() - interval '1 day' where id = ?")
			.param(id)
			.update();
		mvc.perform(get("/children/{id}", sampled).with(user(signedIn("teacher")))).andExpect(status().isNotFound());
		UUID another = children().create("Grantedelsewhere").id();
		grants.grant(actors.actor("teacher").accountId(), another, RecordGrants.Purpose.CASE_AUDIT, UUID.randomUUID(),
				tomorrow());
		mvc.perform(get("/children/{id}", another).with(user(signedIn("health.visitor")))).andExpect(status().isNotFound());
	}
}
