package org.seen.insight.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a synthetic Children in Need census return of any size, child by child, so a million
 * children take no more memory than one: for tests, the demo and the benchmark. The same seed
 * gives the same file. Every child in it is invented. Proportions are about those the DfE
 * publishes: about a fifth of referrals are re-referrals within 12 months, about half of child
 * protection plans are for neglect, and about a third of assessments record neglect.
 * <p>
 * Run it (it needs nothing but the JDK) with:
 * {@code java -cp target/classes org.seen.insight.internal.SyntheticCensus --children 1000000
 * --seed 1 --lea 999 --reference-date 2026-03-31 --out target/cin-1m.xml}
 */
public final class SyntheticCensus {

	private static final String[] ETHNICITY = { "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI",
			"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "WOTH", "WIRI", "WROM", "MWBC", "MWBA", "MWAS", "MOTH",
			"AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT" };

	private static final String[] DISABILITY = { "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON",
			"AUT", "DDA" };

	private static final String[] OTHER_FACTORS = { "1A", "1B", "2A", "2B", "3A", "3B", "3C", "4A", "4B", "5A", "6A",
			"7A", "8B", "9A", "10A", "11A", "12A", "13A", "14A", "17A", "18A", "19A", "20", "21", "22A", "23A", "24A" };

	private static final String[] SOURCES = { "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F",
			"4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10" };

	private final long seed;

	private final long children;

	private final String lea;

	private final LocalDate referenceDate;

	private final int year;

	public SyntheticCensus(long seed, long children, String lea, LocalDate referenceDate) {
		this.seed = seed;
		this.children = children;
		this.lea = lea;
		this.referenceDate = referenceDate;
		this.year = referenceDate.getMonthValue() >= 4 ? referenceDate.getYear() + 1 : referenceDate.getYear();
	}

	public static void main(String[] args) throws IOException {
		long children = 1000;
		long seed = 1;
		String lea = "999";
		LocalDate reference = LocalDate.of(2026, 3, 31);
		Path out = null;
		for (int i = 0; i < args.length; i += 2) {
			switch (args[i]) {
				case "--children" -> children = Long.parseLong(args[i + 1]);
				case "--seed" -> seed = Long.parseLong(args[i + 1]);
				case "--lea" -> lea = args[i + 1];
				case "--reference-date" -> reference = LocalDate.parse(args[i + 1]);
				case "--out" -> out = Path.of(args[i + 1]);
				default -> throw new IllegalArgumentException("Unknown option " + args[i]
						+ "; use --children N --seed S --lea 999 --reference-date YYYY-MM-DD --out FILE");
			}
		}
		SyntheticCensus census = new SyntheticCensus(seed, children, lea, reference);
		long started = System.nanoTime();
		if (out == null) {
			census.writeTo(System.out);
			System.out.flush();
		}
		else {
			try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
				census.writeTo(file);
			}
			System.err.printf("Wrote %,d children (%,d bytes) to %s in %.1f s%n", children, Files.size(out), out,
					(System.nanoTime() - started) / 1e9);
		}
	}

	/** Writes the whole return. */
	public void writeTo(OutputStream out) throws IOException {
		Writer writer = new Writer();
		out.write(writer.header());
		while (writer.hasMore()) {
			out.write(writer.next());
		}
	}

	/** The return as a stream read child by child as it is consumed. */
	public InputStream stream() {
		Writer writer = new Writer();
		return new InputStream() {

			private byte[] chunk = writer.header();

			private int at;

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				while (at == chunk.length) {
					if (!writer.hasMore()) {
						return -1;
					}
					chunk = writer.next();
					at = 0;
				}
				int n = Math.min(length, chunk.length - at);
				System.arraycopy(chunk, at, buffer, offset, n);
				at += n;
				return n;
			}
		};
	}

	/** Produces the file in pieces: the header, then a batch of children at a time, then the end. */
	private final class Writer {

		private final SplittableRandom random = new SplittableRandom(seed);

		private final StringBuilder xml = new StringBuilder(1 << 17);

		private long written;

		private boolean ended;

		private final LocalDate yearStart = referenceDate.minusYears(1).plusDays(1);

		byte[] header() {
			xml.setLength(0);
			xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n")
				.append("      <Collection>CIN</Collection>\n      <Year>").append(year).append("</Year>\n")
				.append("      <ReferenceDate>").append(referenceDate).append("</ReferenceDate>\n")
				.append("    </CollectionDetails>\n    <Source>\n      <SourceLevel>L</SourceLevel>\n")
				.append("      <LEA>").append(lea).append("</LEA>\n      <SoftwareCode>Seen synthetic</SoftwareCode>\n")
				.append("      <Release>1</Release>\n      <SerialNo>").append(seed).append("</SerialNo>\n")
				.append("      <DateTime>").append(referenceDate).append("T18:00:00</DateTime>\n    </Source>\n")
				.append("  </Header>\n  <Children>\n");
			return bytes();
		}

		boolean hasMore() {
			return !ended;
		}

		byte[] next() {
			xml.setLength(0);
			for (int i = 0; i < 100 && written < children; i++) {
				child(++written);
			}
			if (written >= children) {
				xml.append("  </Children>\n</Message>\n");
				ended = true;
			}
			return bytes();
		}

		private byte[] bytes() {
			return xml.toString().getBytes(StandardCharsets.UTF_8);
		}

		private void child(long number) {
			// the last referral: seven in ten in the year, the rest earlier with the episode still open into it
			boolean inYear = chance(0.7);
			LocalDate last = inYear ? yearStart.plusDays(random.nextInt(365))
					: yearStart.minusDays(1 + random.nextInt(700));
			boolean unborn = chance(0.03);
			LocalDate born = unborn ? null : last.minusDays(random.nextInt(18 * 365));
			LocalDate expected = unborn ? referenceDate.plusDays(1 + random.nextInt(200)) : null;
			if (born != null && born.isAfter(referenceDate)) {
				born = referenceDate;
			}
			xml.append("    <Child>\n      <ChildIdentifiers>\n        <LAchildID>C").append(number).append("</LAchildID>\n");
			if (born != null && born.plusYears(4).isBefore(referenceDate)) {
				xml.append("        <UPN>A").append(String.format("%012d", number)).append("</UPN>\n");
			}
			else {
				xml.append("        <UPNunknown>UN1</UPNunknown>\n");
			}
			if (born != null) {
				xml.append("        <PersonBirthDate>").append(born).append("</PersonBirthDate>\n");
			}
			else {
				xml.append("        <ExpectedPersonBirthDate>").append(expected).append("</ExpectedPersonBirthDate>\n");
			}
			double s = random.nextDouble();
			if (year >= 2025) {
				xml.append("        <Sex>").append(s < 0.52 ? 'M' : s < 0.99 ? 'F' : 'U').append("</Sex>\n");
			}
			else {
				xml.append("        <GenderCurrent>").append(s < 0.52 ? '1' : s < 0.99 ? '2' : '0').append("</GenderCurrent>\n");
			}
			xml.append("      </ChildIdentifiers>\n      <ChildCharacteristics>\n        <Ethnicity>")
				.append(pick(ETHNICITY)).append("</Ethnicity>\n        <Disabilities>\n");
			if (chance(0.12)) {
				xml.append("          <Disability>").append(pick(DISABILITY)).append("</Disability>\n");
				if (chance(0.3)) {
					xml.append("          <Disability>").append(DISABILITY[random.nextInt(5)]).append("</Disability>\n");
				}
			}
			else {
				xml.append("          <Disability>NONE</Disability>\n");
			}
			xml.append("        </Disabilities>\n      </ChildCharacteristics>\n");
			// an earlier episode: within 12 months for about a fifth, long before for some more
			LocalDate earliest = born == null ? null : born;
			if (chance(0.25)) {
				LocalDate earlier = last.minusDays(30 + random.nextInt(336));
				if (earliest == null || !earlier.isBefore(earliest)) {
					episode(earlier, last.minusDays(1 + random.nextInt(25)));
				}
			}
			else if (chance(0.12)) {
				LocalDate earlier = last.minusDays(380 + random.nextInt(700));
				if (earliest == null || !earlier.isBefore(earliest)) {
					episode(earlier, last.minusDays(30 + random.nextInt(300)));
				}
			}
			episode(last, null);
			xml.append("    </Child>\n");
		}

		/** One CINdetails from the referral; closed by {@code closeBy} at the latest when given. */
		private void episode(LocalDate referral, LocalDate closeBy) {
			boolean nfa = chance(0.08);
			LocalDate closure = null;
			String reason = null;
			if (closeBy != null) {
				closure = closeBy.isBefore(referral) ? referral : closeBy;
			}
			else if (nfa || chance(0.55)) {
				closure = referral.plusDays(nfa ? random.nextInt(5) : 20 + random.nextInt(500));
			}
			if (closure != null && closure.isAfter(referenceDate)) {
				closure = null;
			}
			if (closure != null) {
				double r = random.nextDouble();
				reason = nfa ? "RC8" : r < 0.18 ? "RC9" : r < 0.45 ? "RC8" : r < 0.75 ? "RC1" : "RC" + (2 + random.nextInt(6));
			}
			xml.append("      <CINdetails>\n        <CINreferralDate>").append(referral).append("</CINreferralDate>\n")
				.append("        <ReferralSource>").append(pick(SOURCES)).append("</ReferralSource>\n")
				.append("        <PrimaryNeedCode>N").append(random.nextInt(10)).append("</PrimaryNeedCode>\n");
			if (closure != null) {
				xml.append("        <CINclosureDate>").append(closure).append("</CINclosureDate>\n")
					.append("        <ReasonForClosure>").append(reason).append("</ReasonForClosure>\n");
			}
			xml.append("        <ReferralNFA>").append(nfa).append("</ReferralNFA>\n");
			LocalDate end = closure == null ? referenceDate : closure;
			if (!nfa) {
				LocalDate start = min(referral.plusDays(random.nextInt(10)), end);
				LocalDate authorised = start.plusDays(5 + random.nextInt(40));
				xml.append("        <Assessments>\n          <AssessmentActualStartDate>").append(start)
					.append("</AssessmentActualStartDate>\n");
				boolean done = !authorised.isAfter(end);
				if (done) {
					xml.append("          <AssessmentAuthorisationDate>").append(authorised)
						.append("</AssessmentAuthorisationDate>\n          <FactorsIdentifiedAtAssessment>\n");
					if (chance(0.36)) {
						xml.append("            <AssessmentFactors>16A</AssessmentFactors>\n");
					}
					int others = 1 + random.nextInt(3);
					for (int i = 0; i < others; i++) {
						xml.append("            <AssessmentFactors>").append(OTHER_FACTORS[(random.nextInt(OTHER_FACTORS.length))])
							.append("</AssessmentFactors>\n");
					}
					xml.append("          </FactorsIdentifiedAtAssessment>\n");
				}
				xml.append("        </Assessments>\n");
				if (done && chance(0.3)) {
					LocalDate planStart = min(authorised.plusDays(1 + random.nextInt(20)), end);
					xml.append("        <CINPlanDates>\n          <CINPlanStartDate>").append(planStart).append("</CINPlanStartDate>\n");
					if (closure != null || chance(0.3)) {
						LocalDate planEnd = min(planStart.plusDays(random.nextInt(400)), end);
						xml.append("          <CINPlanEndDate>").append(planEnd).append("</CINPlanEndDate>\n");
					}
					xml.append("        </CINPlanDates>\n");
				}
				if (done && chance(0.14)) {
					LocalDate s47 = min(start.plusDays(random.nextInt(5)), end);
					LocalDate conference = min(s47.plusDays(5 + random.nextInt(15)), end);
					xml.append("        <Section47>\n          <S47ActualStartDate>").append(s47).append("</S47ActualStartDate>\n")
						.append("          <InitialCPCtarget>").append(s47.plusDays(15)).append("</InitialCPCtarget>\n")
						.append("          <DateOfInitialCPC>").append(conference).append("</DateOfInitialCPC>\n")
						.append("          <ICPCnotRequired>false</ICPCnotRequired>\n        </Section47>\n");
					protectionPlan(conference, closure, end);
				}
			}
			if (year >= 2026 && chance(0.01)) {
				xml.append("        <PreProceedingsandFGDM>\n          <FGDMOffered>true</FGDMOffered>\n")
					.append("        </PreProceedingsandFGDM>\n");
			}
			xml.append("      </CINdetails>\n");
		}

		private void protectionPlan(LocalDate start, LocalDate closure, LocalDate end) {
			double c = random.nextDouble();
			String initial = c < 0.5 ? "NEG" : c < 0.85 ? "EMO" : c < 0.93 ? "PHY" : c < 0.97 ? "SAB" : "MUL";
			String latest = chance(0.9) ? initial : chance(0.5) ? "NEG" : "EMO";
			LocalDate planEnd = closure != null ? closure
					: chance(0.4) ? min(start.plusDays(90 + random.nextInt(900)), end) : null;
			int previous = chance(0.8) ? 0 : chance(0.75) ? 1 : 2;
			xml.append("        <ChildProtectionPlans>\n          <CPPstartDate>").append(start).append("</CPPstartDate>\n");
			if (planEnd != null) {
				xml.append("          <CPPendDate>").append(planEnd).append("</CPPendDate>\n");
			}
			xml.append("          <InitialCategoryOfAbuse>").append(initial).append("</InitialCategoryOfAbuse>\n")
				.append("          <LatestCategoryOfAbuse>").append(latest).append("</LatestCategoryOfAbuse>\n")
				.append("          <NumberOfPreviousCPP>").append(previous).append("</NumberOfPreviousCPP>\n")
				.append("          <Reviews>\n");
			LocalDate last = planEnd == null ? end : planEnd;
			for (LocalDate review = start.plusMonths(3); !review.isAfter(last); review = review.plusMonths(6)) {
				xml.append("            <CPPreviewDate>").append(review).append("</CPPreviewDate>\n");
			}
			xml.append("          </Reviews>\n        </ChildProtectionPlans>\n");
		}

		private boolean chance(double p) {
			return random.nextDouble() < p;
		}

		private String pick(String[] values) {
			return values[random.nextInt(values.length)];
		}

		private static LocalDate min(LocalDate a, LocalDate b) {
			return a.isBefore(b) ? a : b;
		}
	}
}
