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
 * Primary School), in set-based SQL so that it takes seconds, not hours.
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

	BenchmarkVolume(Deployment deployment, JdbcClient jdbc, Clock clock,
			org.springframework.transaction.support.TransactionTemplate transaction,
			@Value("${seen.bench.children:0}") int children) {
		this.transaction = transaction;
		this.deployment = deployment;
		this.jdbc = jdbc;
		this.clock = clock;
		this.children = children;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!deployment.isDemo() || children <= 0
				|| jdbc.sql("select count(*) from child where local_id like 'BENCH%'").query(Integer.class).single() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> addChildren(Timestamp.from(Instant.now(clock))));
		jdbc.sql("analyze child").update();
		jdbc.sql("analyze involvement").update();
		log.info("Added {} synthetic children for benchmarks", children);
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
				       'BENCH' || g,
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
