package org.seen.chronology.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seen.access.Actor;
import org.seen.access.RecordNotFound;
import org.seen.agencies.Involvements;
import org.seen.chronology.AlertCode;
import org.seen.chronology.EventType;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(Fixtures.class)
class ChronologyTest {

	@Autowired
	Chronology chronology;

	@Autowired
	ChildAlerts alerts;

	@Autowired
	PatternAlerts patternAlerts;

	@Autowired
	DailyAlertSweep sweep;

	@Autowired
	Involvements involvements;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	static NewEvent event(EventType type, LocalDate date) {
		return new NewEvent(date, null, type, "Something the school saw", "Detail", Significance.MEDIUM, null,
				type == EventType.SCHOOL_ATTENDANCE ? new BigDecimal("95") : null, null);
	}

	@Test
	void an_involved_practitioner_adds_an_event_and_is_recorded_as_involved() {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		Actor dsl = fixtures.actor("school.dsl");
		ChronologyEvent added = chronology.add(dsl, child.id(), event(EventType.CONCERN, LocalDate.now()));
		assertThat(added.agencyName()).isEqualTo("Northbrook Primary School");
		assertThat(added.authorName()).isEqualTo("Owen Pritchard");
		assertThat(involvements.of(child.id())).anyMatch(i -> Fixtures.practitionerId("school.dsl").equals(i.practitionerId()));
		assertThat(fixtures.audits(child.id(), "CREATE")).isEqualTo(1);
	}

	@Test
	void a_practitioner_not_involved_gets_not_found_and_a_denied_audit_entry() {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		Actor police = fixtures.actor("police.officer");
		assertThatThrownBy(() -> chronology.list(police, child.id(), ChronologyFilter.ALL)).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> chronology.add(police, child.id(), event(EventType.CONCERN, LocalDate.now())))
			.isInstanceOf(RecordNotFound.class);
		assertThat(fixtures.audits(child.id(), "DENIED")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void a_correction_makes_a_new_version_and_keeps_the_history() {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		Actor teacher = fixtures.actor("teacher");
		ChronologyEvent first = chronology.add(teacher, child.id(), event(EventType.CONCERN, LocalDate.now()));
		NewEvent fixed = new NewEvent(first.date(), null, EventType.CONCERN, "Corrected summary", null,
				Significance.HIGH, null, null, null);
		ChronologyEvent corrected = chronology.correct(teacher, child.id(), first.id(), first.version(), fixed,
				"Wrong significance");
		assertThat(corrected.summary()).isEqualTo("Corrected summary");
		assertThat(corrected.corrected()).isTrue();
		assertThat(chronology.history(first.id())).extracting(EventVersion::summary)
			.containsExactly("Something the school saw", "Corrected summary");
	}

	@Test
	void stale_correction_is_refused_and_nothing_is_overwritten() {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		Actor teacher = fixtures.actor("teacher");
		ChronologyEvent loaded = chronology.add(teacher, child.id(), event(EventType.CONCERN, LocalDate.now()));
		NewEvent mine = new NewEvent(loaded.date(), null, EventType.CONCERN, "First editor", null, Significance.LOW,
				null, null, null);
		NewEvent theirs = new NewEvent(loaded.date(), null, EventType.CONCERN, "Second editor", null,
				Significance.HIGH, null, null, null);
		chronology.correct(teacher, child.id(), loaded.id(), loaded.version(), mine, "First");
		assertThatThrownBy(() -> chronology.correct(teacher, child.id(), loaded.id(), loaded.version(), theirs, "Second"))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(chronology.event(teacher, child.id(), loaded.id()).summary()).isEqualTo("First editor");
		assertThat(chronology.history(loaded.id())).hasSize(2);
	}

	@Test
	void only_the_source_agency_corrects_or_removes_an_entry() {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		fixtures.involve(child, "health.visitor");
		ChronologyEvent schools = chronology.add(fixtures.actor("teacher"), child.id(), event(EventType.CONCERN, LocalDate.now()));
		assertThatThrownBy(() -> chronology.remove(fixtures.actor("health.visitor"), child.id(), schools.id(),
				schools.version(), "Not ours")).isInstanceOf(NotTheSourceAgency.class);
	}

	@Test
	void a_removal_needs_a_reason_hides_the_entry_and_keeps_it_for_auditors() {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		Actor teacher = fixtures.actor("teacher");
		ChronologyEvent wrong = chronology.add(teacher, child.id(), event(EventType.CONCERN, LocalDate.now()));
		assertThatThrownBy(() -> chronology.remove(teacher, child.id(), wrong.id(), wrong.version(), " "))
			.isInstanceOf(InvalidInput.class);
		chronology.remove(teacher, child.id(), wrong.id(), wrong.version(), "Recorded on the wrong child");
		assertThat(chronology.list(teacher, child.id(), ChronologyFilter.ALL)).isEmpty();
		assertThatThrownBy(() -> chronology.event(teacher, child.id(), wrong.id())).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> chronology.removed(teacher, child.id())).isInstanceOf(RecordNotFound.class);
		List<ChronologyEvent> seenByAuditor = chronology.removed(fixtures.actor("auditor"), child.id());
		assertThat(seenByAuditor).singleElement()
			.satisfies(e -> assertThat(e.removalReason()).isEqualTo("Recorded on the wrong child"));
	}

	@Test
	void filters_by_agency_type_and_dates() {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		fixtures.involve(child, "health.visitor");
		Actor teacher = fixtures.actor("teacher");
		LocalDate today = LocalDate.now();
		chronology.add(teacher, child.id(), event(EventType.CONCERN, today.minusDays(10)));
		chronology.add(teacher, child.id(), event(EventType.STRENGTH, today.minusDays(5)));
		chronology.add(fixtures.actor("health.visitor"), child.id(), event(EventType.HOME_VISIT, today));
		assertThat(chronology.list(teacher, child.id(), new ChronologyFilter(teacher.agencyId(), null, null, null))).hasSize(2);
		assertThat(chronology.list(teacher, child.id(), new ChronologyFilter(null, EventType.HOME_VISIT, null, null))).hasSize(1);
		assertThat(chronology.list(teacher, child.id(), new ChronologyFilter(null, null, today.minusDays(5), today))).hasSize(2);
		assertThat(chronology.list(teacher, child.id(), new ChronologyFilter(null, null, null, today.minusDays(6)))).hasSize(1);
	}

	@Test
	void agency_reference_is_unique_per_agency() {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		Actor teacher = fixtures.actor("teacher");
		NewEvent referenced = new NewEvent(LocalDate.now(), null, EventType.CONCERN, "One", null, Significance.LOW,
				null, null, "UNIQUE-REF-1");
		chronology.add(teacher, child.id(), referenced);
		assertThatThrownBy(() -> chronology.add(teacher, child.id(), referenced)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void an_alert_is_raised_once_while_open_and_again_only_when_a_new_event_joins_after_acknowledgement() {
		var child = fixtures.child();
		fixtures.involve(child, "health.visitor");
		Actor hv = fixtures.actor("health.visitor");
		LocalDate today = LocalDate.now();
		chronology.add(hv, child.id(), event(EventType.WAS_NOT_BROUGHT, today.minusDays(30)));
		chronology.add(hv, child.id(), event(EventType.WAS_NOT_BROUGHT, today.minusDays(20)));
		assertThat(alerts.of(hv, child.id())).isEmpty();
		chronology.add(hv, child.id(), event(EventType.WAS_NOT_BROUGHT, today.minusDays(10)));
		List<PatternAlert> raised = alerts.of(hv, child.id());
		assertThat(raised).singleElement().satisfies(a -> {
			assertThat(a.code()).isEqualTo(AlertCode.WAS_NOT_BROUGHT_REPEATED);
			assertThat(a.events()).hasSize(3);
		});
		// a fourth joins the open alert rather than raising a duplicate
		chronology.add(hv, child.id(), event(EventType.WAS_NOT_BROUGHT, today.minusDays(5)));
		assertThat(alerts.of(hv, child.id())).singleElement().satisfies(a -> assertThat(a.events()).hasSize(4));

		PatternAlert open = alerts.of(hv, child.id()).get(0);
		alerts.acknowledge(hv, child.id(), open.id(), open.version(), "Discussed with the family; GP informed");
		assertThat(patternAlerts.evaluate(child.id())).isEmpty();
		assertThat(alerts.of(hv, child.id())).singleElement().satisfies(a -> assertThat(a.acknowledged()).isTrue());

		chronology.add(hv, child.id(), event(EventType.WAS_NOT_BROUGHT, today));
		assertThat(alerts.of(hv, child.id())).hasSize(2).first().satisfies(a -> {
			assertThat(a.acknowledged()).isFalse();
			assertThat(a.events()).hasSize(5);
		});
	}

	@Test
	void acknowledging_needs_a_note_and_a_stale_acknowledgement_is_refused() {
		var child = fixtures.child(LocalDate.now().minusMonths(3), false);
		fixtures.involve(child, "health.visitor");
		Actor hv = fixtures.actor("health.visitor");
		chronology.add(hv, child.id(), event(EventType.INJURY, LocalDate.now()));
		PatternAlert alert = alerts.of(hv, child.id()).get(0);
		assertThat(alert.code()).isEqualTo(AlertCode.INJURIES_REPEATED);
		assertThatThrownBy(() -> alerts.acknowledge(hv, child.id(), alert.id(), alert.version(), ""))
			.isInstanceOf(InvalidInput.class);
		alerts.acknowledge(hv, child.id(), alert.id(), alert.version(), "Seen by the paediatrician");
		assertThatThrownBy(() -> alerts.acknowledge(hv, child.id(), alert.id(), alert.version(), "Again"))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void removed_events_are_counted_out_of_alerts() {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		Actor teacher = fixtures.actor("teacher");
		chronology.add(teacher, child.id(), event(EventType.CHANGE_OF_WORKER, LocalDate.now()));
		ChronologyEvent wrong = chronology.add(teacher, child.id(), event(EventType.CHANGE_OF_WORKER, LocalDate.now()));
		chronology.remove(teacher, child.id(), wrong.id(), wrong.version(), "Duplicate entry");
		chronology.add(teacher, child.id(), event(EventType.CHANGE_OF_WORKER, LocalDate.now()));
		assertThat(alerts.of(teacher, child.id())).isEmpty();
	}

	@Test
	void the_worklist_shows_alerts_only_on_children_the_practitioner_may_see() {
		var child = fixtures.child(LocalDate.now().minusMonths(2), false);
		fixtures.involve(child, "health.visitor");
		chronology.add(fixtures.actor("health.visitor"), child.id(), event(EventType.INJURY, LocalDate.now()));
		assertThat(alerts.worklist(fixtures.actor("health.visitor"))).anyMatch(e -> e.childId().equals(child.id()));
		assertThat(alerts.worklist(fixtures.actor("police.officer"))).noneMatch(e -> e.childId().equals(child.id()));
	}

	@Test
	void the_daily_sweep_raises_not_seen_and_runs_once_a_day_however_many_nodes_call_it() {
		var child = fixtures.child();
		fixtures.involve(child, "teacher", LocalDate.now().minusDays(40));
		LocalDate day = LocalDate.now().plusYears(50).plusDays(fixturesDayOffset());
		assertThat(sweep.sweep(day)).isTrue();
		assertThat(sweep.sweep(day)).isFalse();
		assertThat(alerts.of(fixtures.actor("teacher"), child.id())).extracting(PatternAlert::code)
			.contains(AlertCode.NOT_SEEN);
	}

	@Test
	void a_child_still_unseen_a_whole_period_after_the_alert_was_acknowledged_raises_it_again() {
		var child = fixtures.child();
		fixtures.involve(child, "teacher", LocalDate.now().minusDays(80));
		assertThat(patternAlerts.evaluate(child.id())).contains(AlertCode.NOT_SEEN);
		acknowledgeNotSeen(child.id(), 3);
		assertThat(patternAlerts.evaluate(child.id())).doesNotContain(AlertCode.NOT_SEEN);

		jdbc.sql("update pattern_alert set acknowledged_at = now() - interval '28 days' where child_id = ?")
			.param(child.id())
			.update();
		assertThat(patternAlerts.evaluate(child.id())).contains(AlertCode.NOT_SEEN);
	}

	private void acknowledgeNotSeen(java.util.UUID childId, int daysAgo) {
		jdbc.sql("""
				update pattern_alert set acknowledged_at = now() - make_interval(days => ?), acknowledged_by = 'Test',
				  acknowledgement_note = 'Seen at home by the school nurse; entry to follow', version = version + 1
				where child_id = ? and code = 'NOT_SEEN' and acknowledged_at is null""")
			.params(daysAgo, childId)
			.update();
	}

	private long fixturesDayOffset() {
		return jdbc.sql("select count(*) from pattern_alert_sweep").query(Long.class).single();
	}
}
