package org.seen.insight.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.seen.Deployment;
import org.seen.access.Actor;
import org.seen.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Imports the demo partnership's census return (LEA 999, 2025-26: 300 invented children, made by
 * {@link SyntheticCensus} with the seed 2026) on the first start of an embedded database, so the
 * census pages have something to show. Only in demo mode, like the rest of the demo data.
 */
@Component
@org.springframework.core.annotation.Order(10)
class DemoCensus implements ApplicationRunner {

	static final String LEA = "999";

	static final int YEAR = 2026;

	private static final Logger log = LoggerFactory.getLogger(DemoCensus.class);

	/** The demo loads as the system, not as a person. */
	private static final Actor SYSTEM = new Actor(null, "system.demo", "Seen demo loader", Role.ANALYST, null);

	private final Deployment deployment;

	private final CensusImport importer;

	private final CensusReturns returns;

	private final boolean enabled;

	DemoCensus(Deployment deployment, CensusImport importer, CensusReturns returns,
			@Value("${seen.demo.load:true}") boolean enabled) {
		this.deployment = deployment;
		this.importer = importer;
		this.returns = returns;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!deployment.isDemo() || !enabled || returns.idFor(LEA, YEAR).isPresent()) {
			return;
		}
		try (InputStream in = new ClassPathResource("insight/demo-cin-2025-26.xml").getInputStream()) {
			ImportedReturn imported = importer.importReturn(SYSTEM, in);
			log.info("Loaded the demo census return ({} children)", imported.children());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
