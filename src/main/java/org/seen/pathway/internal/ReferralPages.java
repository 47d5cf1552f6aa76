package org.seen.pathway.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.pathway.LawfulBasis;
import org.seen.pathway.LevelOfNeed;
import org.seen.pathway.ReferralDecision;
import org.seen.people.ChildSummary;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referring a child to the front door (or stepping up from early help), the front door's queue and its decision. */
@Controller
class ReferralPages {

	static final String REFER = "pathway/refer";

	static final String REFERRAL = "pathway/referral";

	static final String QUEUE = "pathway/queue";

	static final String DECISION = "pathway/decision";

	private final FrontDoor frontDoor;

	private final ChildLevels levels;

	private final ChildConsents consents;

	private final CurrentActor actor;

	ReferralPages(FrontDoor frontDoor, ChildLevels levels, ChildConsents consents, CurrentActor actor) {
		this.frontDoor = frontDoor;
		this.levels = levels;
		this.consents = consents;
		this.actor = actor;
	}

	/** What was typed into the referral form. */
	record ReferralForm(String requestedLevel, boolean stepUp, String reason, String familyKnows,
			String withoutConsentReason, String withoutConsentLawfulBasis) {
	}

	@GetMapping("/children/{childId}/referrals/new")
	String form(@PathVariable UUID childId, @RequestParam(defaultValue = "false") boolean stepUp, Model model) {
		ChildSummary child = levels.admit(actor.get(), childId, stepUp ? "step-up form" : "referral form");
		return form(model, child, new ReferralForm(levels.levels().highest().code(), stepUp, null, null, null, null),
				new FormErrors());
	}

	@PostMapping("/children/{childId}/referrals/new")
	String refer(@PathVariable UUID childId, @RequestParam(required = false) String requestedLevel,
			@RequestParam(defaultValue = "false") boolean stepUp, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String familyKnows,
			@RequestParam(required = false) String withoutConsentReason,
			@RequestParam(required = false) String withoutConsentLawfulBasis, Model model, RedirectAttributes redirect) {
		ReferralForm typed = new ReferralForm(requestedLevel, stepUp, reason, familyKnows, withoutConsentReason,
				withoutConsentLawfulBasis);
		try {
			Referral made = frontDoor.refer(actor.get(), childId, new FrontDoor.Request(requestedLevel, stepUp, reason,
					familyKnows, withoutConsentReason, ConsentPages.parse(LawfulBasis.class, withoutConsentLawfulBasis)));
			redirect.addFlashAttribute("success", made.stepUp() ? "Stepped up: the referral is with the front door"
					: "Referral sent to the front door");
			return "redirect:/referrals/" + made.id();
		}
		catch (InvalidInput ex) {
			return form(model, levels.child(childId), typed, PathwayPages.problems(ex));
		}
	}

	private String form(Model model, ChildSummary child, ReferralForm form, FormErrors errors) {
		model.addAttribute("child", child);
		model.addAttribute("form", form);
		model.addAttribute("options", Option.levels(levels.levels().levels().stream().filter(l -> l.rank() > 1).toList()));
		model.addAttribute("consent", consents.standing(child.id()).orElse(null));
		model.addAttribute("current", levels.currentLevel(child.id()).orElse(null));
		model.addAttribute("attached", frontDoor.attachments(child.id()));
		model.addAttribute("bases",
				Option.bases(List.of(LawfulBasis.PUBLIC_TASK, LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.VITAL_INTERESTS)));
		model.addAttribute("errors", errors);
		return REFER;
	}

	@GetMapping("/referrals/{id}")
	String referral(@PathVariable UUID id, Model model) {
		Referral referral = frontDoor.read(actor.get(), id);
		model.addAttribute("referral", referral);
		model.addAttribute("child", levels.child(referral.childId()));
		model.addAttribute("requestedLevel", name(referral.requestedLevelCode()));
		model.addAttribute("fromLevel", referral.fromLevelCode() == null ? null : name(referral.fromLevelCode()));
		model.addAttribute("waiting", FrontDoor.inWorkingHours(frontDoor.waiting(referral)));
		model.addAttribute("mayDecide", !referral.decided() && FrontDoor.decides(actor.get(), referral.toAgencyId()));
		return REFERRAL;
	}

	@GetMapping("/front-door")
	String queue(Model model) {
		List<Referrals.Waiting> waiting = frontDoor.queue(actor.get());
		model.addAttribute("waiting", waiting.stream()
			.map(w -> new QueueRow(w, FrontDoor.inWorkingHours(frontDoor.waiting(w.referral())),
					frontDoor.overdue(w.referral()), name(w.referral().requestedLevelCode())))
			.toList());
		model.addAttribute("overdueAfter", frontDoor.overdueAfterHours());
		return QUEUE;
	}

	/** One line of the front door's queue. */
	record QueueRow(Referrals.Waiting item, String waiting, boolean overdue, String level) {
	}

	@GetMapping("/referrals/{id}/decision")
	String decisionForm(@PathVariable UUID id, Model model) {
		return decision(model, frontDoor.toDecide(actor.get(), id), null, null, new FormErrors());
	}

	@PostMapping("/referrals/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String rationale, @RequestParam(required = false) String version, Model model,
			RedirectAttributes redirect) {
		try {
			frontDoor.decide(actor.get(), id, PathwayPages.version(version),
					ConsentPages.parse(ReferralDecision.class, decision), rationale);
		}
		catch (InvalidInput ex) {
			return decision(model, frontDoor.toDecide(actor.get(), id), decision, rationale, PathwayPages.problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			return decision(model, frontDoor.toDecide(actor.get(), id), decision, rationale,
					new FormErrors().reject("decision", PathwayPages.STALE));
		}
		redirect.addFlashAttribute("success", "Decision recorded and sent to the referrer");
		return "redirect:/referrals/" + id;
	}

	private String decision(Model model, Referral referral, String decision, String rationale, FormErrors errors) {
		model.addAttribute("referral", referral);
		model.addAttribute("child", levels.child(referral.childId()));
		model.addAttribute("options", Option.decisions());
		model.addAttribute("decision", decision);
		model.addAttribute("rationale", rationale);
		model.addAttribute("errors", errors);
		return DECISION;
	}

	private String name(String levelCode) {
		return Optional.ofNullable(levelCode).flatMap(levels.levels()::find).map(LevelOfNeed::name).orElse(levelCode);
	}
}
