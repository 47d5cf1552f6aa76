package org.seen.pathway;

import org.seen.web.FormErrors;

/**
 * When work may go ahead without the family's consent, in one place for referrals and plans:
 * <ul>
 * <li>at a universal level nothing is asked of the family;</li>
 * <li>at an early-help level, only with consent standing on the day: early help is done with a
 * family, never to it;</li>
 * <li>at the statutory level, with consent, or without it for a recorded reason and a lawful basis
 * other than consent (a child who may be at risk of significant harm is not left waiting for it).</li>
 * </ul>
 * The problems name the fields {@code consent}, {@code withoutConsentReason} and
 * {@code withoutConsentLawfulBasis}.
 */
public final class ConsentRule {

	public static final String NO_CONSENT = "Early help needs the family's consent. Record their consent first: "
			+ "only work at the statutory level may go ahead without it";

	private ConsentRule() {
	}

	/** What stops going ahead at {@code level}; empty when it may. */
	public static FormErrors check(LevelOfNeed level, boolean consentStands, String reasonWithout,
			LawfulBasis basisWithout) {
		FormErrors errors = new FormErrors();
		if (consentStands || level.kind() == LevelOfNeed.Kind.UNIVERSAL) {
			return errors;
		}
		if (level.earlyHelp()) {
			return errors.reject("consent", NO_CONSENT);
		}
		if (reasonWithout == null || reasonWithout.isBlank()) {
			errors.reject("withoutConsentReason", "Enter why you are going ahead without the family's consent");
		}
		else if (reasonWithout.length() > 2000) {
			errors.reject("withoutConsentReason", "The reason must be 2000 characters or fewer");
		}
		if (basisWithout == null) {
			errors.reject("withoutConsentLawfulBasis", "Select the lawful basis for sharing without consent");
		}
		else if (basisWithout == LawfulBasis.CONSENT) {
			errors.reject("withoutConsentLawfulBasis",
					"Consent cannot be the lawful basis when the family has not given it: select another");
		}
		return errors;
	}

	/** Whether work at the level may go ahead without consent at all (with a recorded reason). */
	public static boolean mayProceedWithoutConsent(LevelOfNeed level) {
		return level.statutory();
	}
}
