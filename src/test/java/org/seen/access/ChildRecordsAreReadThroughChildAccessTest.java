package org.seen.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security invariant behind record-level access: a child's data is read only by code that
 * goes through {@link ChildAccess}, which checks involvement and writes the audit entry, so that
 * a new screen cannot forget either.
 * <p>
 * ArchUnit sees classes, not SQL, so the readers are found by their SQL: any class whose source
 * selects from a child data table (the {@code child} table and every table whose migration gives
 * it a {@code child_id} referencing it). Such a class must use {@link ChildAccess} itself, or be
 * used only by classes that do (a repository behind a page, say). The tables that decide access
 * ({@code involvement}, {@code break_glass}, {@code record_grant}) are read by the gate itself and are not child data.
 */
class ChildRecordsAreReadThroughChildAccessTest {

	private static final Set<String> ACCESS_DECISION_TABLES = Set.of("involvement", "break_glass", "record_grant");

	/** Readers with no actor, each with the reason it may read child data without one. Keep it short. */
	private static final java.util.Map<String, String> EXEMPT = java.util.Map.ofEntries(
			java.util.Map.entry("org.seen.demo.DemoFamilies",
					"writes the synthetic demo partnership at first start; no person is acting"),
			java.util.Map.entry("org.seen.demo.DemoNotices",
					"sends the demo's first notices at first start, with ids and links only"),
			java.util.Map.entry("org.seen.demo.DemoAssessments",
					"writes the demo partnership's assessments and voices at first start"),
			java.util.Map.entry("org.seen.demo.DemoEscalations",
					"writes the demo partnership's escalations and supervision notes at first start"),
			java.util.Map.entry("org.seen.demo.DemoPathway",
					"writes the demo partnership's levels of need, consents and referrals at first start"),
			java.util.Map.entry("org.seen.demo.DemoFamilyAccess",
					"invites a demo family member at first start of the demo; no person is acting"),
			java.util.Map.entry("org.seen.family.internal.FamilyGate",
					"the family's own gate: a family member reaches only the children they were invited for, every read audited"),
			java.util.Map.entry("org.seen.demo.BenchmarkVolume",
					"adds synthetic benchmark volume, on the embedded database only"),
			java.util.Map.entry("org.seen.chronology.internal.PatternAlerts",
					"runs the pattern rules as the system; its alerts reach people only through pages that admit them"),
			java.util.Map.entry("org.seen.chronology.internal.DailyAlertSweep",
					"the daily run of the pattern rules, as the system"),
			java.util.Map.entry("org.seen.assessment.internal.NoChildVoice",
					"a pattern rule run by the chronology's alerts as the system; it reads only the date a child was last heard"),
			java.util.Map.entry("org.seen.chronology.internal.ChronologyPanels",
					"sections of the child's page, which admits and audits the actor before asking for them"),
			java.util.Map.entry("org.seen.notifications.internal.Inbox",
					"a practitioner's own notices: no child's record, only a child's id, whose link opens behind its checks"),
			java.util.Map.entry("org.seen.notifications.internal.NoticeDelivery",
					"delivers notices to inboxes as the system; it writes them and reads no child's record"),
			java.util.Map.entry("org.seen.plans.internal.DailyDriftCheck",
					"the daily run of the drift checks over open plans, as the system"),
			java.util.Map.entry("org.seen.plans.internal.AcceptedEarlyHelpPlans",
					"answers yes or no to the pathway, which has admitted the actor to the child before asking"),
			java.util.Map.entry("org.seen.plans.internal.FamilyPlans",
					"the family's view of its plan; the family module checks the invitation and audits every read"),
			java.util.Map.entry("org.seen.demo.DemoPlans",
					"writes the demo partnership's plans at first start"),
			java.util.Map.entry("org.seen.demo.DemoCaseAudits",
					"writes the demo partnership's case audits and samples them from its plans at first start"),
			java.util.Map.entry("org.seen.insight.internal.live.LiveMeasures",
					"counts children's records in aggregate for the partnership's measures; no child is shown, small numbers are withheld"),
			java.util.Map.entry("org.seen.family.FamilyFeedbackFigures",
					"families' feedback for the partnership's summaries with no child, family member or id: ratings, days and unattributed texts"));

	private static final Path SOURCES = Path.of("src/main/java");

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.seen");

	@Test
	void every_reader_of_child_data_goes_through_child_access() throws IOException {
		Set<String> tables = childDataTables();
		assertThat(tables).contains("child");
		Pattern reads = Pattern.compile("(?i)\\b(from|join)\\s+(" + String.join("|", tables) + ")\\b");
		List<String> violations = classes.stream()
			.filter(c -> !c.isNestedClass() && !c.isAnonymousClass())
			.filter(c -> readsChildData(c, reads))
			.filter(c -> !EXEMPT.containsKey(c.getName()))
			.filter(c -> !goesThroughChildAccess(c))
			.map(c -> c.getName() + " reads child data but neither it nor every class using it depends on ChildAccess")
			.toList();
		assertThat(violations).isEmpty();
	}

	@Test
	void the_rule_sees_the_known_readers() {
		Pattern reads = Pattern.compile("(?i)\\b(from|join)\\s+(child)\\b");
		assertThat(readsChildData(classes.get("org.seen.people.ChildRecords"), reads)).isTrue();
		assertThat(readsChildData(classes.get("org.seen.access.AuditTrail"), reads)).isFalse();
	}

	private static boolean goesThroughChildAccess(JavaClass reader) {
		if (reader.isEquivalentTo(ChildAccess.class) || dependsOnChildAccess(reader)) {
			return true;
		}
		Set<JavaClass> users = reader.getDirectDependenciesToSelf()
			.stream()
			.map(Dependency::getOriginClass)
			.map(c -> c.getEnclosingClass().orElse(c))
			.filter(c -> !c.equals(reader))
			.collect(java.util.stream.Collectors.toSet());
		return !users.isEmpty() && users.stream()
			.allMatch(user -> EXEMPT.containsKey(user.getName()) || dependsOnChildAccess(user));
	}

	/**
	 * Whether the class uses ChildAccess, directly or through a module's own gate that does (such as
	 * the people module's ChildRegister, which every child page goes through).
	 */
	private static boolean dependsOnChildAccess(JavaClass javaClass) {
		return javaClass.getDirectDependenciesFromSelf()
			.stream()
			.map(Dependency::getTargetClass)
			.anyMatch(target -> target.isEquivalentTo(ChildAccess.class) || target.getDirectDependenciesFromSelf()
				.stream()
				.anyMatch(d -> d.getTargetClass().isEquivalentTo(ChildAccess.class)));
	}

	private static boolean readsChildData(JavaClass javaClass, Pattern reads) {
		Path source = SOURCES.resolve(javaClass.getName().replace('.', '/') + ".java");
		try {
			return Files.exists(source) && reads.matcher(Files.readString(source)).find();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Set<String> childDataTables() throws IOException {
		Set<String> tables = new TreeSet<>(Set.of("child"));
		Pattern table = Pattern.compile("(?is)create table (\\w+) \\((.*?)\\n\\);");
		Pattern childReference = Pattern.compile("(?i)child_id\\s+uuid[^,]*references child\\b");
		try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path migration : migrations.toList()) {
				Matcher m = table.matcher(Files.readString(migration));
				while (m.find()) {
					if (childReference.matcher(m.group(2)).find()) {
						tables.add(m.group(1));
					}
				}
			}
		}
		tables.removeAll(ACCESS_DECISION_TABLES);
		return tables;
	}
}
