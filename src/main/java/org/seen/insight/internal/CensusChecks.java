package org.seen.insight.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seen.insight.internal.CensusChild.Assessment;
import org.seen.insight.internal.CensusChild.CinPlan;
import org.seen.insight.internal.CensusChild.Episode;
import org.seen.insight.internal.CensusChild.ProtectionPlan;

/**
 * The checks on a census return's header and each child: its structure (which elements may
 * appear where and how often), its dates and its codes, and the rules between dates. Errors
 * stop the return; warnings are the DfE's queries and are reported but do not.
 */
final class CensusChecks {

	/** How many errors (and warnings) are listed; every one is counted. */
	static final int MAX_LISTED = 1000;

	/** Collection years Seen reads: the returns for 2021-22 to 2025-26. */
	static final int FIRST_YEAR = 2022;

	static final int LAST_YEAR = 2026;

	/** How often an element may appear in its parent. */
	private enum Occurs {
		REQUIRED, OPTIONAL, MANY, AT_LEAST_ONE, ANY_CONTENT
	}

	private static final Map<String, Map<String, Occurs>> STRUCTURE = new HashMap<>();

	/** Each parent's elements in order, to count them in an array rather than a map. */
	private static final Map<String, List<String>> SHAPE_NAMES = new HashMap<>();

	static {
		shape("Header", "CollectionDetails", Occurs.REQUIRED, "Source", Occurs.REQUIRED);
		shape("CollectionDetails", "Collection", Occurs.REQUIRED, "Year", Occurs.REQUIRED, "ReferenceDate",
				Occurs.REQUIRED);
		shape("Source", "SourceLevel", Occurs.OPTIONAL, "LEA", Occurs.REQUIRED, "SoftwareCode", Occurs.OPTIONAL,
				"Release", Occurs.OPTIONAL, "SerialNo", Occurs.OPTIONAL, "DateTime", Occurs.OPTIONAL);
		shape("Child", "ChildIdentifiers", Occurs.REQUIRED, "ChildCharacteristics", Occurs.REQUIRED, "CINdetails",
				Occurs.AT_LEAST_ONE);
		shape("ChildIdentifiers", "LAchildID", Occurs.REQUIRED, "UPN", Occurs.OPTIONAL, "FormerUPN", Occurs.OPTIONAL,
				"UPNunknown", Occurs.OPTIONAL, "PersonBirthDate", Occurs.OPTIONAL, "ExpectedPersonBirthDate",
				Occurs.OPTIONAL, "GenderCurrent", Occurs.OPTIONAL, "Sex", Occurs.OPTIONAL, "PersonDeathDate",
				Occurs.OPTIONAL);
		shape("ChildCharacteristics", "Ethnicity", Occurs.REQUIRED, "Disabilities", Occurs.OPTIONAL);
		shape("Disabilities", "Disability", Occurs.MANY);
		shape("CINdetails", "CINreferralDate", Occurs.REQUIRED, "ReferralSource", Occurs.OPTIONAL, "PrimaryNeedCode",
				Occurs.OPTIONAL, "CINclosureDate", Occurs.OPTIONAL, "ReasonForClosure", Occurs.OPTIONAL,
				"DateOfInitialCPC", Occurs.OPTIONAL, "ReferralNFA", Occurs.REQUIRED, "Assessments", Occurs.MANY,
				"CINPlanDates", Occurs.MANY, "Section47", Occurs.MANY, "ChildProtectionPlans", Occurs.MANY,
				// from 2025-26; accepted, and not used by the measures
				"PreProceedingsandFGDM", Occurs.ANY_CONTENT);
		shape("Assessments", "AssessmentActualStartDate", Occurs.OPTIONAL, "AssessmentInternalReviewDate",
				Occurs.OPTIONAL, "AssessmentAuthorisationDate", Occurs.OPTIONAL, "FactorsIdentifiedAtAssessment",
				Occurs.OPTIONAL);
		shape("FactorsIdentifiedAtAssessment", "AssessmentFactors", Occurs.MANY);
		shape("CINPlanDates", "CINPlanStartDate", Occurs.REQUIRED, "CINPlanEndDate", Occurs.OPTIONAL);
		shape("Section47", "S47ActualStartDate", Occurs.OPTIONAL, "InitialCPCtarget", Occurs.OPTIONAL,
				"DateOfInitialCPC", Occurs.OPTIONAL, "ICPCnotRequired", Occurs.OPTIONAL);
		shape("ChildProtectionPlans", "CPPstartDate", Occurs.REQUIRED, "CPPendDate", Occurs.OPTIONAL,
				"InitialCategoryOfAbuse", Occurs.REQUIRED, "LatestCategoryOfAbuse", Occurs.REQUIRED,
				"NumberOfPreviousCPP", Occurs.REQUIRED, "Reviews", Occurs.OPTIONAL);
		shape("Reviews", "CPPreviewDate", Occurs.MANY);
	}

	private static void shape(String parent, Object... children) {
		Map<String, Occurs> allowed = new LinkedHashMap<>();
		for (int i = 0; i < children.length; i += 2) {
			allowed.put((String) children[i], (Occurs) children[i + 1]);
		}
		STRUCTURE.put(parent, allowed);
		SHAPE_NAMES.put(parent, List.copyOf(allowed.keySet()));
	}

	private final CensusFindings findings;

	private CensusHeader header;

	/**
	 * The children's LAchildIDs seen so far, as 64-bit hashes: a million of them in 16 MB rather
	 * than the 100 MB a set of strings would take. Two different identifiers sharing a hash is a
	 * chance of about one in 10^13 for a million children.
	 */
	private final LongSet seen = new LongSet(1 << 16);

	CensusChecks(CensusFindings findings) {
		this.findings = findings;
	}

	/** Checks the header; null when it has errors, since nothing else can be checked without it. */
	CensusHeader header(CensusElement element) {
		long before = findings.errorCount();
		structure(null, element);
		CensusElement details = element.first("CollectionDetails");
		CensusElement source = element.first("Source");
		if (details == null || source == null) {
			return null;
		}
		String collection = details.value("Collection");
		if (collection != null && !collection.equals("CIN")) {
			findings.error(null, details.first("Collection"), "The Collection must be CIN, not " + collection);
		}
		Integer year = null;
		String yearText = details.value("Year");
		if (yearText != null) {
			try {
				year = Integer.valueOf(yearText);
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
				findings.error(null, details.first("Year"), "The Year must be a collection year from " + FIRST_YEAR
						+ " (2021-22) to " + LAST_YEAR + " (2025-26), not " + yearText);
				year = null;
			}
		}
		LocalDate reference = date(null, details.first("ReferenceDate"), true);
		if (year != null && reference != null && (reference.isBefore(LocalDate.of(year - 1, 4, 1))
				|| reference.isAfter(LocalDate.of(year, 3, 31)))) {
			findings.error(null, details.first("ReferenceDate"), "The ReferenceDate " + reference
					+ " is not in the collection year " + (year - 1) + "-" + String.format("%02d", year % 100)
					+ " (1 April " + (year - 1) + " to 31 March " + year + ")");
		}
		String lea = source.value("LEA");
		if (lea != null && !lea.matches("[0-9]{3}")) {
			findings.error(null, source.first("LEA"), "The LEA must be the council's three-digit code, not " + lea);
		}
		if (findings.errorCount() > before || year == null || reference == null || lea == null) {
			return null;
		}
		header = new CensusHeader(lea, year, reference);
		return header;
	}

	/** Checks a child; null when it has errors. */
	CensusChild child(CensusElement element) {
		long before = findings.errorCount();
		CensusElement identifiers = element.first("ChildIdentifiers");
		String id = identifiers == null ? null : identifiers.value("LAchildID");
		structure(id, element);
		if (identifiers == null || element.first("ChildCharacteristics") == null) {
			return null;
		}
		if (id != null) {
			if (id.length() > 10 || !id.chars().allMatch(c -> c > ' ' && c < 127)) {
				findings.error(id, identifiers.first("LAchildID"),
						"The LAchildID must be 1 to 10 letters, digits or symbols without spaces");
			}
			else if (!seen.add(hash(id))) {
				findings.error(id, identifiers.first("LAchildID"),
						"The LAchildID " + id + " is used by another child earlier in the return");
			}
		}
		else if (identifiers.first("LAchildID") != null) {
			findings.error(null, identifiers.first("LAchildID"), "The LAchildID is empty");
		}
		LocalDate born = date(id, identifiers.first("PersonBirthDate"), true);
		LocalDate expected = date(id, identifiers.first("ExpectedPersonBirthDate"), false);
		date(id, identifiers.first("PersonDeathDate"), true);
		if (identifiers.first("PersonBirthDate") == null && identifiers.first("ExpectedPersonBirthDate") == null) {
			findings.error(id, identifiers, "A child needs a PersonBirthDate, or an ExpectedPersonBirthDate if unborn");
		}
		if (identifiers.value("UPN") == null && identifiers.first("UPNunknown") == null && born != null
				&& born.plusYears(5).isBefore(header.referenceDate())) {
			warning(id, identifiers, "A child of school age has no UPN and no UPNunknown reason");
		}
		char sex = sex(id, identifiers);
		CensusElement characteristics = element.first("ChildCharacteristics");
		String ethnicity = code(id, characteristics.first("Ethnicity"), CensusCodes.ETHNICITY, "ethnicity");
		boolean disabled = disabled(id, characteristics.first("Disabilities"));
		List<Episode> episodes = new ArrayList<>(2);
		for (CensusElement details : element.all("CINdetails")) {
			Episode episode = episode(id, born, details);
			if (episode != null) {
				episodes.add(episode);
			}
		}
		if (findings.errorCount() > before) {
			return null;
		}
		return new CensusChild(id, born, expected, sex, ethnicity, disabled, episodes);
	}

	private char sex(String id, CensusElement identifiers) {
		CensusElement gender = identifiers.first("GenderCurrent");
		CensusElement sex = identifiers.first("Sex");
		if (gender != null && sex != null) {
			findings.error(id, sex, "Give the child's Sex or GenderCurrent, not both");
			return 'U';
		}
		if (gender == null && sex == null) {
			findings.error(id, identifiers, "The child has no Sex (or GenderCurrent, to 2023-24)");
			return 'U';
		}
		CensusElement given = sex != null ? sex : gender;
		Map<String, Character> codes = sex != null ? CensusCodes.SEX : CensusCodes.GENDER_CURRENT;
		Character code = codes.get(given.text());
		if (code == null) {
			findings.error(id, given, "Unknown " + given.name() + " code '" + given.text() + "'; the codes are "
					+ String.join(", ", new java.util.TreeSet<>(codes.keySet())));
			return 'U';
		}
		if (sex != null && header.year() <= 2024) {
			warning(id, sex, "Returns to 2023-24 give GenderCurrent, not Sex");
		}
		else if (gender != null && header.year() >= 2025) {
			warning(id, gender, "Returns from 2024-25 give Sex, not GenderCurrent");
		}
		return code;
	}

	private boolean disabled(String id, CensusElement disabilities) {
		if (disabilities == null) {
			return false;
		}
		boolean none = false;
		boolean any = false;
		for (CensusElement disability : disabilities.all("Disability")) {
			String code = code(id, disability, CensusCodes.DISABILITY, "disability");
			if ("NONE".equals(code)) {
				none = true;
			}
			else if (code != null) {
				any = true;
			}
		}
		if (none && any) {
			findings.error(id, disabilities, "NONE cannot be given with another Disability code");
		}
		return any;
	}

	private Episode episode(String id, LocalDate born, CensusElement details) {
		LocalDate referral = inReturn(id, details.first("CINreferralDate"));
		code(id, details.first("ReferralSource"), CensusCodes.REFERRAL_SOURCE, "referral source");
		code(id, details.first("PrimaryNeedCode"), CensusCodes.PRIMARY_NEED, "primary need");
		LocalDate closure = inReturn(id, details.first("CINclosureDate"));
		String reason = code(id, details.first("ReasonForClosure"), CensusCodes.REASON_FOR_CLOSURE,
				"reason for closure");
		inReturn(id, details.first("DateOfInitialCPC"));
		Boolean nfa = bool(id, details.first("ReferralNFA"));
		if (referral != null && closure != null && closure.isBefore(referral)) {
			findings.error(id, details.first("CINclosureDate"),
					"The CINclosureDate " + closure + " is before the CINreferralDate " + referral);
		}
		if (closure != null && details.first("ReasonForClosure") == null) {
			findings.error(id, details.first("CINclosureDate"), "A closed episode needs its ReasonForClosure");
		}
		if (closure == null && details.first("CINclosureDate") == null && details.first("ReasonForClosure") != null) {
			findings.error(id, details.first("ReasonForClosure"),
					"A ReasonForClosure is given but the episode has no CINclosureDate");
		}
		List<Assessment> assessments = new ArrayList<>(1);
		for (CensusElement element : details.all("Assessments")) {
			LocalDate start = inReturn(id, element.first("AssessmentActualStartDate"));
			inReturn(id, element.first("AssessmentInternalReviewDate"));
			LocalDate authorised = inReturn(id, element.first("AssessmentAuthorisationDate"));
			if (start != null && authorised != null && authorised.isBefore(start)) {
				findings.error(id, element.first("AssessmentAuthorisationDate"), "The AssessmentAuthorisationDate "
						+ authorised + " is before the AssessmentActualStartDate " + start);
			}
			notBeforeReferral(id, referral, element.first("AssessmentActualStartDate"), start);
			List<String> factors = new ArrayList<>(2);
			CensusElement identified = element.first("FactorsIdentifiedAtAssessment");
			if (identified != null) {
				for (CensusElement factor : identified.all("AssessmentFactors")) {
					String code = code(id, factor, CensusCodes.ASSESSMENT_FACTOR, "assessment factor");
					if (code != null && !factors.contains(code)) {
						factors.add(code);
					}
				}
			}
			if (authorised != null && factors.isEmpty()) {
				warning(id, element, "An authorised assessment records no factors");
			}
			assessments.add(new Assessment(start, authorised, factors));
		}
		List<CinPlan> plans = new ArrayList<>(1);
		for (CensusElement element : details.all("CINPlanDates")) {
			LocalDate start = inReturn(id, element.first("CINPlanStartDate"));
			LocalDate end = inReturn(id, element.first("CINPlanEndDate"));
			endsAfterStart(id, element.first("CINPlanEndDate"), start, end);
			notBeforeReferral(id, referral, element.first("CINPlanStartDate"), start);
			if (start != null) {
				plans.add(new CinPlan(start, end));
			}
		}
		for (CensusElement element : details.all("Section47")) {
			inReturn(id, element.first("S47ActualStartDate"));
			date(id, element.first("InitialCPCtarget"), false);
			inReturn(id, element.first("DateOfInitialCPC"));
			bool(id, element.first("ICPCnotRequired"));
		}
		List<ProtectionPlan> protection = new ArrayList<>(1);
		for (CensusElement element : details.all("ChildProtectionPlans")) {
			LocalDate start = inReturn(id, element.first("CPPstartDate"));
			LocalDate end = inReturn(id, element.first("CPPendDate"));
			endsAfterStart(id, element.first("CPPendDate"), start, end);
			notBeforeReferral(id, referral, element.first("CPPstartDate"), start);
			String initial = code(id, element.first("InitialCategoryOfAbuse"), CensusCodes.CATEGORY_OF_ABUSE,
					"category of abuse");
			String latest = code(id, element.first("LatestCategoryOfAbuse"), CensusCodes.CATEGORY_OF_ABUSE,
					"category of abuse");
			Integer previous = count(id, element.first("NumberOfPreviousCPP"));
			boolean reviewed = false;
			CensusElement reviews = element.first("Reviews");
			if (reviews != null) {
				for (CensusElement review : reviews.all("CPPreviewDate")) {
					reviewed |= inReturn(id, review) != null;
				}
			}
			if (!reviewed && start != null && end == null
					&& !start.isAfter(header.referenceDate().minusMonths(3))) {
				warning(id, element, "A plan open for three months or more has no CPPreviewDate");
			}
			if (start != null && initial != null && latest != null && previous != null) {
				protection.add(new ProtectionPlan(start, end, initial, latest, previous));
			}
		}
		if (referral == null || nfa == null) {
			return null;
		}
		return new Episode(referral, closure, reason, nfa, assessments, plans, protection);
	}

	/** Which elements may appear in which, how often, and that values hold no elements. */
	private void structure(String id, CensusElement element) {
		Map<String, Occurs> allowed = STRUCTURE.get(element.name());
		if (allowed == null) {
			if (!element.elements().isEmpty()) {
				findings.error(id, element.elements().get(0),
						element.name() + " holds a value; " + element.elements().get(0).name() + " is not allowed in it");
			}
			return;
		}
		int[] counts = new int[allowed.size()];
		List<String> names = SHAPE_NAMES.get(element.name());
		for (CensusElement inner : element.elements()) {
			Occurs occurs = allowed.get(inner.name());
			if (occurs == null) {
				findings.error(id, inner, inner.name() + " is not allowed in " + element.name() + "; it may hold "
						+ String.join(", ", allowed.keySet()));
				continue;
			}
			int count = ++counts[names.indexOf(inner.name())];
			if (count == 2 && (occurs == Occurs.REQUIRED || occurs == Occurs.OPTIONAL)) {
				findings.error(id, inner, inner.name() + " may appear only once in " + element.name());
			}
			if (occurs != Occurs.ANY_CONTENT) {
				structure(id, inner);
			}
		}
		for (int i = 0; i < counts.length; i++) {
			Occurs occurs = allowed.get(names.get(i));
			if ((occurs == Occurs.REQUIRED || occurs == Occurs.AT_LEAST_ONE) && counts[i] == 0) {
				findings.error(id, element, element.name() + " has no " + names.get(i));
			}
		}
	}

	private void warning(String id, CensusElement element, String message) {
		findings.warning(id, element, message);
	}

	private String code(String id, CensusElement element, Set<String> codes, String what) {
		if (element == null) {
			return null;
		}
		String code = element.text();
		if (code.isEmpty()) {
			findings.error(id, element, "The " + element.name() + " is empty");
			return null;
		}
		if (!codes.contains(code)) {
			findings.error(id, element, "Unknown " + what + " code '" + code + "' in " + element.name());
			return null;
		}
		return code;
	}

	private Boolean bool(String id, CensusElement element) {
		if (element == null) {
			return null;
		}
		switch (element.text()) {
			case "true", "TRUE", "1":
				return true;
			case "false", "FALSE", "0":
				return false;
			default:
				findings.error(id, element,
						"The " + element.name() + " must be true or false (or 1 or 0), not '" + element.text() + "'");
				return null;
		}
	}

	private Integer count(String id, CensusElement element) {
		if (element == null) {
			return null;
		}
		try {
			int value = Integer.parseInt(element.text());
			if (value >= 0 && value < 100) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		findings.error(id, element, "The " + element.name() + " must be a whole number from 0, not '" + element.text() + "'");
		return null;
	}

	private void endsAfterStart(String id, CensusElement endElement, LocalDate start, LocalDate end) {
		if (start != null && end != null && end.isBefore(start)) {
			findings.error(id, endElement, "The " + endElement.name() + " " + end + " is before the plan's start " + start);
		}
	}

	private void notBeforeReferral(String id, LocalDate referral, CensusElement element, LocalDate date) {
		if (referral != null && date != null && date.isBefore(referral)) {
			findings.error(id, element, "The " + element.name() + " " + date + " is before the CINreferralDate " + referral);
		}
	}

	/** A date in the episode: on or before the reference date. */
	private LocalDate inReturn(String id, CensusElement element) {
		return date(id, element, true);
	}

	/** A date as the census writes it (YYYY-MM-DD); null and an error if it is not one. */
	private LocalDate date(String id, CensusElement element, boolean notAfterReference) {
		if (element == null) {
			return null;
		}
		LocalDate date = parseDate(element.text());
		if (date == null) {
			findings.error(id, element, "The " + element.name() + " must be a date written YYYY-MM-DD, not '"
					+ element.text() + "'");
			return null;
		}
		if (notAfterReference && header != null && date.isAfter(header.referenceDate())) {
			findings.error(id, element,
					"The " + element.name() + " " + date + " is after the return's ReferenceDate " + header.referenceDate());
		}
		return date;
	}

	/** YYYY-MM-DD, by hand: LocalDate.parse costs more than the rest of the checks together. */
	static LocalDate parseDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		if (year < 1900 || month < 0 || day < 0) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** 64-bit FNV-1a of the identifier. */
	private static long hash(String id) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < id.length(); i++) {
			h ^= id.charAt(i);
			h *= 0x100000001b3L;
		}
		return h;
	}

	/** An open-addressing set of longs, growing as needed. */
	static final class LongSet {

		private long[] slots;

		private boolean zero;

		private int size;

		LongSet(int capacity) {
			slots = new long[capacity];
		}

		/** False when the value was already there. */
		boolean add(long value) {
			if (value == 0) {
				boolean added = !zero;
				zero = true;
				return added;
			}
			if (size * 2 >= slots.length) {
				grow();
			}
			int mask = slots.length - 1;
			int i = (int) (mix(value) & mask);
			while (slots[i] != 0) {
				if (slots[i] == value) {
					return false;
				}
				i = (i + 1) & mask;
			}
			slots[i] = value;
			size++;
			return true;
		}

		private void grow() {
			long[] old = slots;
			slots = new long[old.length * 2];
			size = 0;
			for (long value : old) {
				if (value != 0) {
					add(value);
				}
			}
		}

		private static long mix(long value) {
			value ^= value >>> 33;
			value *= 0xff51afd7ed558ccdL;
			value ^= value >>> 33;
			return value;
		}
	}
}
