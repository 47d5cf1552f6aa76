package org.seen.access;

import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seen.access.ChainVerification.Problem;
import org.seen.agencies.Practitioners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class AuditChainTest {

	@Autowired
	AuditChain sharedChain;

	@Autowired
	AuditTrail sharedTrail;

	@Autowired
	JdbcClient sharedJdbc;

	@Autowired
	DataSource sharedDataSource;

	@Autowired
	Practitioners practitioners;

	@Autowired
	Clock clock;

	FreshDatabase fresh;

	AuditTrail trail;

	AuditChain chain;

	@BeforeEach
	void tamperOnlyInAFreshDatabase() {
		fresh = FreshDatabase.create(sharedDataSource, true);
		trail = new AuditTrail(fresh.jdbc(), clock, practitioners);
		// pages of two, so that breaks are found across page boundaries too
		chain = new AuditChain(fresh.jdbc(), 2);
		for (int i = 0; i < 5; i++) {
			trail.recordAnonymous("user" + i, AuditAction.SIGN_IN_FAILED, "entry " + (i + 1));
		}
	}

	@AfterEach
	void close() {
		fresh.close();
	}

	@Test
	void the_shared_trail_verifies_as_intact() {
		sharedTrail.recordAnonymous("someone", AuditAction.SIGN_IN_FAILED, "bad credentials");
		ChainVerification verification = sharedChain.verify();
		assertThat(verification.intact()).as(verification.summary()).isTrue();
		assertThat(verification.entriesChecked()).isPositive();
	}

	@Test
	void an_untouched_chain_is_intact_and_names_its_head() {
		ChainVerification verification = chain.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.entriesChecked()).isEqualTo(5);
		assertThat(verification.lastSeq()).isEqualTo(5);
		assertThat(verification.headHash())
			.isEqualTo(fresh.jdbc().sql("select hash from audit_entry where seq = 5").query(String.class).single());
	}

	@Test
	void an_empty_trail_is_intact() {
		try (FreshDatabase empty = FreshDatabase.create(sharedDataSource, true)) {
			assertThat(new AuditChain(empty.jdbc(), 2).verify().intact()).isTrue();
		}
	}

	@Test
	void update_delete_and_truncate_are_refused_by_the_database() {
		// row triggers fire only for rows that exist
		sharedTrail.recordAnonymous("someone", AuditAction.SIGN_IN_FAILED, "bad credentials");
		assertThatThrownBy(() -> sharedJdbc.sql("update audit_entry set detail = 'changed'").update())
			.isInstanceOfSatisfying(DataAccessException.class, AuditChainTest::refusedAsAppendOnly);
		assertThatThrownBy(() -> sharedJdbc.sql("delete from audit_entry").update())
			.isInstanceOfSatisfying(DataAccessException.class, AuditChainTest::refusedAsAppendOnly);
		assertThatThrownBy(() -> sharedJdbc.sql("truncate audit_entry").update())
			.isInstanceOfSatisfying(DataAccessException.class, AuditChainTest::refusedAsAppendOnly);
	}

	@Test
	void a_row_altered_directly_in_sql_is_found_and_named() {
		asSuperuserBypassingTheGuard("update audit_entry set detail = 'nothing to see' where seq = 3");

		ChainVerification verification = chain.verify();

		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBroken()).get().satisfies(broken -> {
			assertThat(broken.seq()).isEqualTo(3);
			assertThat(broken.problem()).isEqualTo(Problem.CONTENT_ALTERED);
		});
		assertThat(verification.entriesChecked()).isEqualTo(2);
		assertThat(verification.summary()).contains("BROKEN at entry 3");
	}

	@Test
	void a_row_whose_hash_was_recomputed_after_altering_breaks_the_next_link() {
		asSuperuserBypassingTheGuard(
				"update audit_entry set detail = 'rewritten', hash = 'x' where seq = 2;"
						+ "update audit_entry e set hash = audit_entry_hash(e) where seq = 2");

		ChainVerification verification = chain.verify();

		assertThat(verification.firstBroken()).get().satisfies(broken -> {
			assertThat(broken.seq()).isEqualTo(3);
			assertThat(broken.problem()).isEqualTo(Problem.LINK_BROKEN);
			assertThat(broken.explanation()).contains("entry 2");
		});
	}

	@Test
	void a_deleted_row_is_found_as_a_gap() {
		asSuperuserBypassingTheGuard("delete from audit_entry where seq = 4");

		ChainVerification verification = chain.verify();

		assertThat(verification.firstBroken()).get().satisfies(broken -> {
			assertThat(broken.seq()).isEqualTo(5);
			assertThat(broken.problem()).isEqualTo(Problem.ENTRIES_MISSING);
			assertThat(broken.explanation()).contains("between 3 and 5");
		});
	}

	@Test
	void deleting_the_first_rows_is_found() {
		asSuperuserBypassingTheGuard("delete from audit_entry where seq <= 2");

		assertThat(chain.verify().firstBroken()).get().satisfies(broken -> {
			assertThat(broken.seq()).isEqualTo(3);
			assertThat(broken.problem()).isEqualTo(Problem.ENTRIES_MISSING);
		});
	}

	@Test
	void a_gap_left_by_a_rolled_back_entry_is_not_a_break() {
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(fresh.dataSource()));
		transaction.executeWithoutResult(status -> {
			new AuditTrail(JdbcClient.create(fresh.dataSource()), clock, practitioners)
				.recordAnonymous("rolled.back", AuditAction.SIGN_IN_FAILED, "never committed");
			status.setRollbackOnly();
		});
		trail.recordAnonymous("after", AuditAction.SIGN_IN_FAILED, "after the rollback");

		ChainVerification verification = chain.verify();

		assertThat(verification.intact()).as(verification.summary()).isTrue();
		assertThat(verification.lastSeq()).isEqualTo(7);
		assertThat(verification.entriesChecked()).isEqualTo(6);
	}

	@Test
	void checks_a_long_trail_in_pages() {
		for (int i = 0; i < 200; i++) {
			trail.recordAnonymous("bulk", AuditAction.SIGN_IN_FAILED, null);
		}
		ChainVerification verification = new AuditChain(fresh.jdbc(), 7).verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.entriesChecked()).isEqualTo(205);
	}

	@Test
	void search_finds_a_childs_entries_newest_first() {
		UUID child = UUID.randomUUID();
		Actor auditor = new Actor(UUID.randomUUID(), "auditor", "Auditor", Role.AUDITOR, null);
		trail.record(auditor, AuditAction.VIEW, "CHILD", child, child, "first");
		trail.record(auditor, AuditAction.CHANGE, "CHILD", child, child, "second");

		assertThat(trail.forChild(child)).extracting(AuditEntry::detail).containsExactly("second", "first");
		assertThat(trail.search(new AuditSearch(null, "AUDITOR ", AuditAction.VIEW, null, null, null, 10)))
			.extracting(AuditEntry::detail)
			.containsExactly("first");
	}

	private static void refusedAsAppendOnly(DataAccessException ex) {
		assertThat(ex.getMostSpecificCause().getMessage()).contains("audit_entry is append-only");
	}

	/** What an attacker with the database superuser could do: switch the guard off, change rows, switch it on. */
	private void asSuperuserBypassingTheGuard(String sql) {
		fresh.jdbc().sql("alter table audit_entry disable trigger audit_entry_append_only").update();
		try {
			fresh.jdbc().sql(sql).update();
		}
		finally {
			fresh.jdbc().sql("alter table audit_entry enable trigger audit_entry_append_only").update();
		}
	}
}
