package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst imports a Children in Need census return: a file with an error is shown in an error
 * summary by line, a good one leads to its measures; a manager sees the same return with small
 * numbers withheld. Every page is checked with axe-core. The children in the files are invented.
 */
class CensusJourneyTest extends BrowserJourney {

	@TempDir
	Path files;

	private static String census(String closure) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<Message>
				  <Header>
				    <CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
				    <Source><SourceLevel>L</SourceLevel><LEA>701</LEA></Source>
				  </Header>
				  <Children>
				    <Child>
				      <ChildIdentifiers><LAchildID>J1</LAchildID><UPNunknown>UN1</UPNunknown><PersonBirthDate>2016-04-02</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
				      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
				      <CINdetails>
				        <CINreferralDate>2024-06-03</CINreferralDate>
				        <CINclosureDate>%s</CINclosureDate>
				        <ReasonForClosure>RC9</ReasonForClosure>
				        <ReferralNFA>false</ReferralNFA>
				        <Assessments>
				          <AssessmentActualStartDate>2024-06-04</AssessmentActualStartDate>
				          <AssessmentAuthorisationDate>2024-07-01</AssessmentAuthorisationDate>
				          <FactorsIdentifiedAtAssessment><AssessmentFactors>16A</AssessmentFactors></FactorsIdentifiedAtAssessment>
				        </Assessments>
				      </CINdetails>
				    </Child>
				  </Children>
				</Message>
				""".formatted(closure);
	}

	@Test
	void an_analyst_imports_a_return_and_a_manager_reads_it_with_small_numbers_withheld() throws Exception {
		Path bad = Files.writeString(files.resolve("bad.xml"), census("2024-05-01"));
		Path good = Files.writeString(files.resolve("good.xml"), census("2024-09-01"));

		browser.signInAs("analyst");
		browser.visit("/");
		browser.follow("Children in Need census returns");
		assertThat(browser.heading()).isEqualTo("Children in Need census returns");
		assertThat(browser.text("main")).contains("2025-26");
		browser.assertAccessible();

		browser.attach("file", bad);
		browser.press("Import the return");
		assertThat(browser.text(".govuk-error-summary")).contains("There is a problem")
			.contains("Line 13, child J1, CINclosureDate: ");
		browser.screenshot("census-errors");
		browser.assertAccessible();

		browser.attach("file", good);
		browser.press("Import the return");
		assertThat(browser.heading()).isEqualTo("Children in Need census 2024-25");
		assertThat(browser.text("main")).contains("The return was imported: 1 child").contains("Compared with England");
		browser.screenshot("census-return");
		browser.assertAccessible();
		String page = browser.path().replace("?imported=true", "");

		browser.signOut();
		browser.signInAs("manager");
		browser.visit(page);
		assertThat(browser.text("main")).contains("withheld to protect confidentiality");
		browser.assertAccessible();
	}
}
