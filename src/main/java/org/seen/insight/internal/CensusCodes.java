package org.seen.insight.internal;

import java.util.Map;
import java.util.Set;

/** The DfE's code lists for the census elements Seen checks (from the public specification). */
final class CensusCodes {

	static final String NEGLECT_FACTOR = "16A";

	static final String NEGLECT_CATEGORY = "NEG";

	static final Set<String> ETHNICITY = Set.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS",
			"MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

	static final Set<String> DISABILITY = Set.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS",
			"BEH", "CON", "AUT", "DDA");

	static final Set<String> REFERRAL_SOURCE = Set.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D",
			"3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

	static final Set<String> PRIMARY_NEED = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

	static final Set<String> REASON_FOR_CLOSURE = Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8",
			"RC9");

	static final Set<String> CATEGORY_OF_ABUSE = Set.of("NEG", "PHY", "EMO", "SAB", "MUL");

	static final Set<String> ASSESSMENT_FACTOR = Set.of("1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A",
			"4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A",
			"12A", "13A", "14A", "15A", "16A", "17A", "18A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A",
			"23A", "24A");

	/** GenderCurrent (returns to 2023-24) as the Sex codes used from 2024-25. */
	static final Map<String, Character> GENDER_CURRENT = Map.of("0", 'U', "1", 'M', "2", 'F', "9", 'U');

	static final Map<String, Character> SEX = Map.of("M", 'M', "F", 'F', "U", 'U');

	private CensusCodes() {
	}
}
