package org.seen.chronology.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.seen.agencies.Involvements;
import org.seen.chronology.AlertCode;
import org.seen.chronology.EventType;
import org.seen.chronology.PatternAlertRaised;
import org.seen.chronology.PatternSource;
import org.seen.people.ChildRecords;
import org.seen.people.ChildSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the pattern rules over a child's chronology and keeps the alerts: at most one open alert
 * of each code per child; after an acknowledgement, a new alert only when an event the
 * acknowledged alerts did not hold joins the pattern. Callers have already admitted the actor.
 */
@Service
public class PatternAlerts {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Logger log = LoggerFactory.getLogger(PatternAlerts.class);

	private final JdbcClient jdbc;

	private final AlertRules rules;

	private final ChildRecords children;

	private final Involvements involvements;

	private final ChronologyEvents events;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final List<PatternSource> sources;

	PatternAlerts(JdbcClient jdbc, AlertRules rules, ChildRecords children, Involvements involvements,
			ChronologyEvents events, ApplicationEventPublisher publisher, Clock clock, List<PatternSource> sources) {
		this.sources = sources;
		this.jdbc = jdbc;
		this.rules = rules;
		this.children = children;
		this.involvements = involvements;
		this.events = events;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Re-evaluates every rule for the child; returns the codes of alerts newly raised. */
	@Transactional
	public List<AlertCode> evaluate(UUID childId) {
		// one evaluation per child at a time, whichever node the change arrived on
		jdbc.sql("select pg_advisory_xact_lock(hashtext('chronology.alerts'), hashtext(?))")
			.param(childId.toString())
			.query()
			.singleRow();
		Optional<ChildSummary> child = children.summary(childId);
		if (child.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock.withZone(LONDON));
		ChildFacts facts = new ChildFacts(child.get().dateOfBirth(), child.get().disabled(), involvedSince(childId));
		List<EventFact> chronology = facts(childId);
		List<PatternMatch> matches = new java.util.ArrayList<>(rules.all()
			.stream()
			.flatMap(rule -> rule.evaluate(facts, chronology, today).stream())
			.toList());
		for (PatternSource source : sources) {
			source.evaluate(childId, facts.dateOfBirth(), facts.involvedSince(), today)
				.ifPresent(found -> matches.add(new PatternMatch(source.code(), found.reason(), List.of(), found.remindAfter())));
		}
		return matches.stream().flatMap(match -> keep(childId, match).stream()).toList();
	}

	private LocalDate involvedSince(UUID childId) {
		return involvements.of(childId)
			.stream()
			.map(Involvements.Involved::since)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	private List<EventFact> facts(UUID childId) {
		return jdbc.sql("""
				select id, occurred_on, type, agency_id, attendance_percent from chronology_event
				where child_id = ? and removed_at is null""")
			.param(childId)
			.query((rs, n) -> new EventFact(rs.getObject("id", UUID.class), rs.getObject("occurred_on", LocalDate.class),
					EventType.valueOf(rs.getString("type")), rs.getObject("agency_id", UUID.class),
					rs.getBigDecimal("attendance_percent")))
			.list();
	}

	private Optional<AlertCode> keep(UUID childId, PatternMatch match) {
		Optional<UUID> open = jdbc
			.sql("select id from pattern_alert where child_id = ? and code = ? and acknowledged_at is null")
			.params(childId, match.code().name())
			.query(UUID.class)
			.optional();
		if (open.isPresent()) {
			// no duplicate; the open alert gathers the events that have since joined the pattern
			link(open.get(), match.eventIds());
			return Optional.empty();
		}
		Set<UUID> acknowledged = new HashSet<>(jdbc.sql("""
				select pe.event_id from pattern_alert_event pe join pattern_alert a on a.id = pe.alert_id
				where a.child_id = ? and a.code = ? and a.acknowledged_at is not null""")
			.params(childId, match.code().name())
			.query(UUID.class)
			.list());
		Optional<Instant> lastAcknowledged = jdbc
			.sql("select max(acknowledged_at) from pattern_alert where child_id = ? and code = ? and acknowledged_at is not null")
			.params(childId, match.code().name())
			.query(java.sql.Timestamp.class)
			.optional()
			.map(java.sql.Timestamp::toInstant);
		Instant now = Instant.now(clock);
		boolean remindNow = match.remindAfter() != null && lastAcknowledged.isPresent()
				&& !lastAcknowledged.get().plus(match.remindAfter()).isAfter(now);
		if (lastAcknowledged.isPresent() && acknowledged.containsAll(match.eventIds()) && !remindNow) {
			return Optional.empty();
		}
		UUID id = UUID.randomUUID();
		int inserted = jdbc.sql("""
				insert into pattern_alert (id, child_id, code, reason, raised_at) values (?, ?, ?, ?, ?)
				on conflict (child_id, code) where acknowledged_at is null do nothing""")
			.params(id, childId, match.code().name(), match.reason(), Timestamp.from(now))
			.update();
		if (inserted == 0) {
			return Optional.empty();
		}
		link(id, match.eventIds());
		log.info("Pattern alert {} raised for child {}", match.code(), childId);
		publisher.publishEvent(new PatternAlertRaised(id, childId, match.code(), now));
		return Optional.of(match.code());
	}

	private void link(UUID alertId, List<UUID> eventIds) {
		for (UUID eventId : eventIds) {
			jdbc.sql("insert into pattern_alert_event (alert_id, event_id) values (?, ?) on conflict do nothing")
				.params(alertId, eventId)
				.update();
		}
	}

	/** The child's alerts, open first then newest; each with its events that have not been removed. */
	List<PatternAlert> of(UUID childId) {
		List<AlertRow> rows = jdbc.sql("""
				select * from pattern_alert where child_id = ?
				order by acknowledged_at is not null, raised_at desc""")
			.param(childId)
			.query((rs, n) -> row(rs))
			.list();
		return withEvents(rows);
	}

	Optional<PatternAlert> find(UUID alertId) {
		return jdbc.sql("select * from pattern_alert where id = ?")
			.param(alertId)
			.query((rs, n) -> row(rs))
			.optional()
			.map(row -> withEvents(List.of(row)).get(0));
	}

	@Transactional
	void acknowledge(UUID alertId, int expectedVersion, org.seen.access.Actor by, String note) {
		int updated = jdbc.sql("""
				update pattern_alert set acknowledged_at = ?, acknowledged_by = ?, acknowledged_by_account = ?,
				  acknowledgement_note = ?, version = version + 1
				where id = ? and version = ? and acknowledged_at is null""")
			.params(Timestamp.from(Instant.now(clock)), by.displayName(), by.accountId(), note, alertId,
					expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Alert changed since it was loaded");
		}
	}

	/** Open alerts on the children the condition admits, newest first, for the worklist. */
	List<WorklistEntry> open(org.seen.access.VisibleChildren visible, int limit) {
		return visible.bind(jdbc.sql("""
				select a.id, a.child_id, a.code, a.reason, a.raised_at, c.given_name || ' ' || c.family_name as child_name,
				       (select count(*) from pattern_alert_event pe join chronology_event e on e.id = pe.event_id
				        where pe.alert_id = a.id and e.removed_at is null) as events
				from pattern_alert a join child c on c.id = a.child_id
				where a.acknowledged_at is null and """ + visible.condition("a.child_id") + """

				order by a.raised_at desc limit :limit"""))
			.param("limit", limit)
			.query((rs, n) -> new WorklistEntry(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
					rs.getString("child_name"), AlertCode.valueOf(rs.getString("code")), rs.getString("reason"),
					rs.getTimestamp("raised_at").toInstant(), rs.getInt("events")))
			.list();
	}

	record WorklistEntry(UUID alertId, UUID childId, String childName, AlertCode code, String reason,
			Instant raisedAt, int events) {
	}

	private List<PatternAlert> withEvents(List<AlertRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<UUID>> links = jdbc.sql("""
				select pe.alert_id, pe.event_id from pattern_alert_event pe join chronology_event e on e.id = pe.event_id
				where pe.alert_id in (:alerts) and e.removed_at is null""")
			.param("alerts", rows.stream().map(AlertRow::id).toList())
			.query((rs, n) -> Map.entry(rs.getObject("alert_id", UUID.class), rs.getObject("event_id", UUID.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Set<UUID> eventIds = links.values().stream().flatMap(List::stream).collect(Collectors.toSet());
		Map<UUID, ChronologyEvent> byId = eventIds.isEmpty() ? Map.of()
				: events.byIds(eventIds).stream().collect(Collectors.toMap(ChronologyEvent::id, Function.identity()));
		return rows.stream()
			.map(r -> new PatternAlert(r.id(), r.childId(), r.code(), r.reason(), r.raisedAt(), r.acknowledgedAt(),
					r.acknowledgedBy(), r.note(), r.version(),
					links.getOrDefault(r.id(), List.of())
						.stream()
						.map(byId::get)
						.sorted(java.util.Comparator.comparing(ChronologyEvent::date).reversed())
						.toList()))
			.toList();
	}

	private record AlertRow(UUID id, UUID childId, AlertCode code, String reason, Instant raisedAt,
			Instant acknowledgedAt, String acknowledgedBy, String note, int version) {
	}

	private static AlertRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp acknowledgedAt = rs.getTimestamp("acknowledged_at");
		return new AlertRow(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				AlertCode.valueOf(rs.getString("code")), rs.getString("reason"), rs.getTimestamp("raised_at").toInstant(),
				acknowledgedAt == null ? null : acknowledgedAt.toInstant(), rs.getString("acknowledged_by"),
				rs.getString("acknowledgement_note"), rs.getInt("version"));
	}
}
