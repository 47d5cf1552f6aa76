package org.seen.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.CurrentActor;
import org.seen.people.ContributoryFactor;
import org.seen.people.RelationshipKind;
import org.seen.people.Sex;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Add a parent, carer or other adult to a child's record. Fathers and male carers are asked
 * about explicitly: reviews keep finding that they were unknown to agencies.
 */
@Controller
@RequestMapping("/children/{id}/adults/new")
class NewAdultPage {

	static final String VIEW = "people/new-adult";

	private final ChildRegister register;

	private final Adults adults;

	private final AuditTrail audit;

	private final CurrentActor actor;

	private final TransactionTemplate transaction;

	private final Clock clock;

	NewAdultPage(ChildRegister register, Adults adults, AuditTrail audit, CurrentActor actor,
			TransactionTemplate transaction, Clock clock) {
		this.register = register;
		this.adults = adults;
		this.audit = audit;
		this.actor = actor;
		this.transaction = transaction;
		this.clock = clock;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("kinds", RelationshipKind.values());
		model.addAttribute("factorOptions", ContributoryFactor.values());
	}

	@GetMapping
	String form(@PathVariable UUID id, Model model) {
		Child child = register.require(actor.get(), id);
		model.addAttribute("child", child);
		model.addAttribute("siblings", register.siblings(actor.get(), child));
		model.addAttribute("form", new AdultForm(null, null, null, null, null, null, null, null, "yes", List.of(), "yes"));
		return VIEW;
	}

	@PostMapping
	String add(@PathVariable UUID id, @ModelAttribute("form") AdultForm form, Model model) {
		Child child = register.requireToChange(actor.get(), id, "adding an adult");
		FormErrors errors = new FormErrors();
		Adults.NewAdult adult = form.toAdult(register.today(), errors);
		if (errors.any()) {
			model.addAttribute("child", child);
			model.addAttribute("siblings", register.siblings(actor.get(), child));
			model.addAttribute("errors", errors);
			return VIEW;
		}
		// a mother or father of one child in the household is usually a parent of the others too
		List<Child> siblings = "yes".equals(form.alsoSiblings()) ? register.siblings(actor.get(), child) : List.of();
		transaction.executeWithoutResult(status -> {
			UUID adultId = adults.insert(adult, child.household() == null ? null : child.household().id(),
					Instant.now(clock));
			adults.relate(id, adultId, adult);
			audit.record(actor.get(), AuditAction.CHANGE, "ADULT", adultId, id, "added " + adult.kind());
			for (Child sibling : siblings) {
				register.requireSibling(actor.get(), sibling.id(), "added " + adult.kind() + " with a brother or sister");
				adults.relate(sibling.id(), adultId, adult);
			}
		});
		return "redirect:/children/" + id + "?adultAdded";
	}

	record AdultForm(String givenName, String familyName, String dateOfBirthDay, String dateOfBirthMonth,
			String dateOfBirthYear, String sex, String kind, String parentalResponsibility, String livesWithChild,
			List<String> factors, String alsoSiblings) {

		public DateInput dateOfBirth() {
			return new DateInput(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
		}

		public boolean hasFactor(String code) {
			return factors != null && factors.contains(code);
		}

		Adults.NewAdult toAdult(LocalDate today, FormErrors errors) {
			if (givenName == null || givenName.isBlank()) {
				errors.reject("givenName", "Enter the adult's first name");
			}
			if (familyName == null || familyName.isBlank()) {
				errors.reject("familyName", "Enter the adult's last name");
			}
			LocalDate dob = dateOfBirth().parse("dateOfBirth", "Date of birth", errors);
			if (dob != null && dob.isAfter(today.minusYears(10))) {
				errors.reject("dateOfBirth", "Date of birth must be at least 10 years ago");
			}
			Sex parsedSex = parse(Sex.class, sex);
			if (parsedSex == null) {
				errors.reject("sex", "Select the adult's sex");
			}
			RelationshipKind parsedKind = parse(RelationshipKind.class, kind);
			if (parsedKind == null) {
				errors.reject("kind", "Select how the adult is related to the child");
			}
			Set<ContributoryFactor> parsedFactors = EnumSet.noneOf(ContributoryFactor.class);
			if (factors != null) {
				factors.stream().map(f -> parse(ContributoryFactor.class, f)).filter(f -> f != null).forEach(parsedFactors::add);
			}
			return errors.any() ? null
					: new Adults.NewAdult(givenName.trim(), familyName.trim(), dob, parsedSex, parsedKind,
							"yes".equals(parentalResponsibility), "yes".equals(livesWithChild), parsedFactors);
		}

		private static <E extends Enum<E>> E parse(Class<E> type, String value) {
			try {
				return value == null ? null : Enum.valueOf(type, value);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
	}
}
