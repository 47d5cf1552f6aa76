package org.seen.insight.internal;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.seen.DemoActors;
import org.seen.SeenApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The census import benchmark (docs/benchmarks.md, "Children in Need census"): in one JVM, a
 * bare streaming StAX parse of a file, then its import end to end (parse, check, COPY into
 * PostgreSQL, commit), then every measure computed from the stored rows. Not a test: run it by
 * hand with the command in docs/benchmarks.md, with the heap capped at 256 MB.
 * <p>
 * Arguments: the file, and how many rounds (default 3; the first warms the JIT up).
 */
class CensusBenchmark {

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		System.out.printf("file %s, %,d bytes; max heap %d MB; %d cores%n", file, Files.size(file),
				Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SeenApplication.class)
			.web(WebApplicationType.NONE)
			// as arguments, which outrank application.properties: no web server, a database of its own
			.run("--spring.main.web-application-type=none", "--seen.embedded.data-dir=target/bench/postgres",
					"--seen.embedded.clean=true", "--logging.level.org.seen=WARN",
					"--logging.level.org.seen.insight.internal.CensusImport=DEBUG")) {
			CensusImport importer = context.getBean(CensusImport.class);
			NeglectMeasures measures = context.getBean(NeglectMeasures.class);
			CensusReturns returns = context.getBean(CensusReturns.class);
			TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			var analyst = context.getBean(DemoActors.class).actor("analyst");
			for (int round = 1; round <= rounds; round++) {
				long parseNanos = bareParse(file);
				long started = System.nanoTime();
				ImportedReturn imported;
				try (InputStream in = Files.newInputStream(file)) {
					imported = importer.importReturn(analyst, in);
				}
				long importNanos = System.nanoTime() - started;
				System.out.printf("round %d: bare StAX parse %.2f s; import %.2f s (%,d children, %,d warnings); ratio %.2f%n",
						round, parseNanos / 1e9, importNanos / 1e9, imported.children(), imported.warningCount(),
						(double) importNanos / parseNanos);
				System.out.printf("  of which counting every measure child by child and storing the figures: %.3f s%n",
						importer.lastMeasureNanos() / 1e9);
				long reading = System.nanoTime();
				figuresOf(context, imported.id());
				System.out.printf("  the measures as the API answers them (read from the stored figures): %.3f s%n",
						(System.nanoTime() - reading) / 1e9);
				jdbc.sql("analyze cin_census_child, cin_referral, cin_assessment, cin_plan, cin_protection_plan").update();
				for (int i = 1; i <= 1; i++) {
					long m = System.nanoTime();
					MeasureFigures figures = measures.compute(imported.id(), imported.referenceDate());
					long measureNanos = System.nanoTime() - m;
					System.out.printf("  recomputed in SQL from the stored rows: %.3f s (referrals %,d, "
							+ "re-referrals %,d = %.1f%%, plans open %,d of which neglect %,d = %.1f%%)%n",
							measureNanos / 1e9, figures.total(Measure.REFERRALS), figures.total(Measure.RE_REFERRALS),
							100.0 * figures.total(Measure.RE_REFERRALS) / figures.total(Measure.REFERRALS),
							figures.total(Measure.CPP_OPEN), figures.total(Measure.CPP_OPEN_NEGLECT),
							100.0 * figures.total(Measure.CPP_OPEN_NEGLECT) / figures.total(Measure.CPP_OPEN));
				}
				if (System.getProperty("explain") != null) {
					measures.explain(imported.id(), imported.referenceDate()).forEach(System.out::println);
				}
				if (round < rounds) {
					UUID id = imported.id();
					long d = System.nanoTime();
					transaction.executeWithoutResult(status -> returns.delete(id));
					jdbc.sql("vacuum cin_census_child, cin_referral, cin_assessment, cin_plan, cin_protection_plan").update();
					System.out.printf("  deleted and vacuumed between rounds in %.2f s%n", (System.nanoTime() - d) / 1e9);
				}
			}
			long peak = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					peak += pool.getPeakUsage().getUsed();
				}
			}
			System.out.printf("peak heap used (sum of pools' peaks) %d MB of %d MB%n", peak >> 20,
					Runtime.getRuntime().maxMemory() >> 20);
			System.out.println("rows: " + jdbc.sql("""
					select (select count(*) from cin_census_child) || ' children, '
					  || (select count(*) from cin_referral) || ' episodes, '
					  || (select count(*) from cin_assessment) || ' assessments, '
					  || (select count(*) from cin_plan) || ' CIN plans, '
					  || (select count(*) from cin_protection_plan) || ' protection plans'""").query(String.class).single());
		}
		System.exit(0);
	}

	private static void figuresOf(ConfigurableApplicationContext context, UUID id) {
		NeglectMeasures measures = context.getBean(NeglectMeasures.class);
		CensusReturn found = context.getBean(CensusReturns.class).find(id).orElseThrow();
		measures.stored(id, found.referenceDate());
	}

	/** Every event of the file read with the importer's own parser settings, and nothing done with them. */
	static long bareParse(Path file) throws Exception {
		long started = System.nanoTime();
		long elements = 0;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			XMLStreamReader xml = CensusReader.factory().createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT) {
					elements++;
				}
			}
			xml.close();
		}
		long nanos = System.nanoTime() - started;
		if (elements == 0) {
			throw new IllegalStateException("no elements");
		}
		return nanos;
	}
}
