package org.seen.family.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.seen.Deployment;
import org.seen.family.internal.FamilyMembers.Delivery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo family's invitation, behind {@link org.seen.family.FamilyAccessForDemo}'s check that this
 * is the demo; and, at each start of the demo, a fresh copy of its fixed code if the last has run
 * out, so that the code in the docs always works in the demo (and only there).
 */
@Component
@Order(20)
public class DemoCode implements ApplicationRunner {

	/** The reference printed in the docs for the demo family. */
	public static final String REFERENCE = "FAM-DEMXPF";

	private final FamilyMembers members;

	private final SignInCodes codes;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Deployment deployment;

	DemoCode(FamilyMembers members, SignInCodes codes, JdbcClient jdbc, Clock clock, Deployment deployment) {
		this.members = members;
		this.codes = codes;
		this.jdbc = jdbc;
		this.clock = clock;
		this.deployment = deployment;
	}

	public String invite(UUID adultId, List<UUID> childIds, UUID invitedBy) {
		UUID id = members.add(adultId, null, null, invitedBy, Instant.now(clock), true, childIds)
			.orElseThrow(() -> new IllegalStateException("The demo adult is already invited"));
		jdbc.sql("update family_member set reference = ? where id = ?").params(REFERENCE, id).update();
		codes.issue(id, Delivery.PRINTED, FamilySignIn.DEMO_CODE);
		return REFERENCE;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!deployment.isDemo()) {
			return;
		}
		jdbc.sql("select id from family_member where reference = ? and demo and revoked_at is null")
			.param(REFERENCE)
			.query(UUID.class)
			.optional()
			.filter(id -> codes.match(id, FamilySignIn.DEMO_CODE).isEmpty())
			.ifPresent(id -> codes.issue(id, Delivery.PRINTED, FamilySignIn.DEMO_CODE));
	}
}
