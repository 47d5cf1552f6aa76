package org.seen.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.seen.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds synthetic volume for the benchmarks in docs/benchmarks.md, on the embedded database only:
 * {@code --seen.bench.children=200000} adds that many children (one in ten known to Northbrook
 * Primary School), in set-based SQL so that it takes seconds, not hours; and
 * {@code --seen.bench.events=2000} gives one child, "Morgan Benchmark", known to the demo
 * teacher, a chronology that long.
 */
@Component
@Order(10)
class BenchmarkVolume implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BenchmarkVolume.class);

	private final Deployment deployment;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int children;

	private final org.springframework.transaction.support.TransactionTemplate transaction;

	private final org.seen.chronology.PatternCheck patterns;

	private final int events;

	BenchmarkVolume(Deployment deployment, JdbcClient jdbc, Clock clock,
			org.springframework.transaction.support.TransactionTemplate transaction,
			org.seen.chronology.PatternCheck patterns, @Value("${seen.bench.children:0}") int children,
			@Value("${seen.bench.events:0}") int events) {
		this.transaction = transaction;
		this.patterns = patterns;
		this.events = events;
		this.deployment = deployment;
		this.jdbc = jdbc;
		this.clock = clock;
		this.children = children;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (deployment.isDemo() && events > 0
				&& jdbc.sql("select count(*) from child where local_id = 'BENCHMARK-CHRONOLOGY'").query(Integer.class).single() == 0) {
			java.util.UUID child = transaction.execute(status -> addChronology(Timestamp.from(Instant.now(clock))));
			patterns.evaluate(child);
			log.info("Added a child with {} chronology entries for benchmarks", events);
		}
		if (!deployment.isDemo() || children <= 0
				|| jdbc.sql("select count(*) from child where local_id like 'BENCH-%'").query(Integer.class).single() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> addChildren(Timestamp.from(Instant.now(clock))));
		jdbc.sql("analyze child").update();
		jdbc.sql("analyze involvement").update();
		log.info("Added {} synthetic children for benchmarks", children);
	}

	private java.util.UUID addChronology(Timestamp now) {
		java.util.UUID child = java.util.UUID.nameUUIDFromBytes("bench-chronology".getBytes());
		jdbc.sql("""
				insert into child (id, given_name, family_name, date_of_birth, sex, local_id, created_at)
				values (?, 'Morgan', 'Benchmark', date '2016-04-04', 'UNKNOWN', 'BENCHMARK-CHRONOLOGY', ?)""")
			.params(child, now)
			.update();
		jdbc.sql("""
				insert into involvement (id, child_id, agency_id, practitioner_id, kind, started_on, created_at)
				select gen_random_uuid(), ?, p.agency_id, p.id, 'INVOLVED', date '2020-01-01', ?
				from practitioner p where p.email = 'teacher@northbrook.example'""")
			.params(child, now)
			.update();
		// a spread of types and agencies over ten years, newest first on the page
		jdbc.sql("""
				insert into chronology_event (id, child_id, agency_id, author_name, occurred_on, type, summary, detail,
				  significance, attendance_percent, recorded_at)
				select md5('bench-event-' || g)::uuid, :child,
				       (select id from agency order by code offset (g % 10) limit 1),
				       'Benchmark author', current_date - (g * 3650 / :n),
				       (array['CONCERN','STRENGTH','HOME_VISIT','CHILD_SEEN','HOUSING','ADULT_SERVICE_CONTACT'])[1 + g % 6],
				       'Benchmark entry ' || g, repeat('Detail of what was seen and heard. ', 8),
				       (array['LOW','MEDIUM','HIGH'])[1 + g % 3], null, :now
				from generate_series(1, :n) g""")
			.param("child", child)
			.param("n", events)
			.param("now", now)
			.update();
		jdbc.sql("""
				insert into chronology_event_version (event_id, version, occurred_on, type, summary, detail, significance,
				  changed_at, changed_by)
				select id, 0, occurred_on, type, summary, detail, significance, recorded_at, author_name
				from chronology_event where child_id = ?""")
			.param(child)
			.update();
		return child;
	}

	private void addChildren(Timestamp now) {
		jdbc.sql("""
				insert into child (id, given_name, family_name, date_of_birth, sex, local_id, created_at)
				select md5('bench-child-' || g)::uuid,
				       (array['Ava','Bethany','Chloe','Daisy','Esme','Freya','Grace','Isla','Lily','Ruby',
				              'Alfie','Bobby','Callum','Dylan','Ethan','George','Harvey','Leo','Noah','Theo'])[1 + g % 20],
				       (array['Ash','Bel','Cor','Dun','Elm','Fair','Gold','Hol','Ing','Kel','Lang','Mar','Nor','Ox',
				              'Pen','Rad','Shel','Thorn','Whit','York'])[1 + (g / 20) % 20]
				       || (array['by','den','field','ford','ham','ley','more','ton','well','wood','ridge','stone',
				              'worth','bury','cott'])[1 + (g / 400) % 15],
				       date '2008-01-01' + (g % 6500),
				       case when g % 2 = 0 then 'FEMALE' else 'MALE' end,
				       'BENCH-' || g,
				       :now
				from generate_series(1, :n) g""")
			.param("now", now)
			.param("n", children)
			.update();
		jdbc.sql("""
				insert into involvement (id, child_id, agency_id, kind, started_on, created_at)
				select md5('bench-involvement-' || g)::uuid, md5('bench-child-' || g)::uuid,
				       (select id from agency where code = case when g % 10 = 0 then 'SCH1' else 'SCH2' end),
				       'INVOLVED', date '2025-09-01', :now
				from generate_series(1, :n) g""")
			.param("now", now)
			.param("n", children)
			.update();
	}
}
