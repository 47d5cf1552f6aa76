package org.seen.insight.internal;

import java.time.LocalDate;

/**
 * Hand-made census returns for tests, written element by element as the DfE's format has them.
 * Every child and date in them is invented.
 */
public final class CinXml {

	private CinXml() {
	}

	/** A whole return for the LEA with the reference date given; the collection year follows from it. */
	public static String census(String lea, String referenceDate, String... children) {
		LocalDate reference = LocalDate.parse(referenceDate);
		int year = reference.getMonthValue() >= 4 ? reference.getYear() + 1 : reference.getYear();
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<Message>
				  <Header>
				    <CollectionDetails>
				      <Collection>CIN</Collection>
				      <Year>%d</Year>
				      <ReferenceDate>%s</ReferenceDate>
				    </CollectionDetails>
				    <Source>
				      <SourceLevel>L</SourceLevel>
				      <LEA>%s</LEA>
				      <SoftwareCode>Seen tests</SoftwareCode>
				      <Release>1</Release>
				      <SerialNo>1</SerialNo>
				      <DateTime>%sT09:00:00</DateTime>
				    </Source>
				  </Header>
				  <Children>
				%s  </Children>
				</Message>
				""".formatted(year, referenceDate, lea, referenceDate, String.join("", children));
	}

	/** A child born on {@code born} (or, when it starts with "expected:", not yet born). */
	public static String child(String id, String born, String... episodes) {
		return described(id, born, "<Sex>F</Sex>", "WBRI", "NONE", episodes);
	}

	public static String described(String id, String born, String sex, String ethnicity, String disability, String... episodes) {
		String birth = born.startsWith("expected:")
				? "<ExpectedPersonBirthDate>" + born.substring(9) + "</ExpectedPersonBirthDate>"
				: "<PersonBirthDate>" + born + "</PersonBirthDate>";
		return """
				    <Child>
				      <ChildIdentifiers>
				        <LAchildID>%s</LAchildID>
				        <UPNunknown>UN1</UPNunknown>
				        %s
				        %s
				      </ChildIdentifiers>
				      <ChildCharacteristics>
				        <Ethnicity>%s</Ethnicity>
				        <Disabilities><Disability>%s</Disability></Disabilities>
				      </ChildCharacteristics>
				%s    </Child>
				""".formatted(id, birth, sex, ethnicity, disability, String.join("", episodes));
	}

	/** An open episode referred on the date, not NFA. */
	public static String episode(String referral, String... inner) {
		return episode(referral, null, null, false, inner);
	}

	public static String episode(String referral, String closure, String reason, boolean nfa, String... inner) {
		StringBuilder xml = new StringBuilder("      <CINdetails>\n");
		xml.append("        <CINreferralDate>").append(referral).append("</CINreferralDate>\n");
		xml.append("        <ReferralSource>1A</ReferralSource>\n        <PrimaryNeedCode>N1</PrimaryNeedCode>\n");
		if (closure != null) {
			xml.append("        <CINclosureDate>").append(closure).append("</CINclosureDate>\n");
		}
		if (reason != null) {
			xml.append("        <ReasonForClosure>").append(reason).append("</ReasonForClosure>\n");
		}
		xml.append("        <ReferralNFA>").append(nfa).append("</ReferralNFA>\n");
		for (String element : inner) {
			xml.append(element);
		}
		return xml.append("      </CINdetails>\n").toString();
	}

	/** An assessment authorised on the date (null for none), recording the factors. */
	public static String assessment(String start, String authorised, String... factors) {
		StringBuilder xml = new StringBuilder("        <Assessments>\n");
		xml.append("          <AssessmentActualStartDate>").append(start).append("</AssessmentActualStartDate>\n");
		if (authorised != null) {
			xml.append("          <AssessmentAuthorisationDate>").append(authorised).append("</AssessmentAuthorisationDate>\n");
		}
		xml.append("          <FactorsIdentifiedAtAssessment>\n");
		for (String factor : factors) {
			xml.append("            <AssessmentFactors>").append(factor).append("</AssessmentFactors>\n");
		}
		return xml.append("          </FactorsIdentifiedAtAssessment>\n        </Assessments>\n").toString();
	}

	public static String cinPlan(String start, String end) {
		return "        <CINPlanDates><CINPlanStartDate>" + start + "</CINPlanStartDate>"
				+ (end == null ? "" : "<CINPlanEndDate>" + end + "</CINPlanEndDate>") + "</CINPlanDates>\n";
	}

	public static String protectionPlan(String start, String end, String initial, String latest, int previous) {
		return "        <ChildProtectionPlans>\n          <CPPstartDate>" + start + "</CPPstartDate>\n"
				+ (end == null ? "" : "          <CPPendDate>" + end + "</CPPendDate>\n")
				+ "          <InitialCategoryOfAbuse>" + initial + "</InitialCategoryOfAbuse>\n"
				+ "          <LatestCategoryOfAbuse>" + latest + "</LatestCategoryOfAbuse>\n"
				+ "          <NumberOfPreviousCPP>" + previous + "</NumberOfPreviousCPP>\n"
				+ "          <Reviews><CPPreviewDate>" + start + "</CPPreviewDate></Reviews>\n"
				+ "        </ChildProtectionPlans>\n";
	}
}
