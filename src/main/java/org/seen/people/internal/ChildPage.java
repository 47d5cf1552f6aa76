package org.seen.people.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.seen.access.Role;
import org.seen.agencies.Involvements;
import org.seen.people.ChildPagePanel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A child's page: who the child is, who they live with, which agencies are involved, and the
 * sections other modules add (alerts, chronology, assessments).
 */
@Controller
class ChildPage {

	private final ChildRegister register;

	private final Adults adults;

	private final Involvements involvements;

	private final List<ChildPagePanel> panels;

	private final CurrentActor currentActor;

	private final org.seen.access.BreakGlass breakGlass;

	ChildPage(ChildRegister register, Adults adults, Involvements involvements, List<ChildPagePanel> panels,
			CurrentActor currentActor, org.seen.access.BreakGlass breakGlass) {
		this.breakGlass = breakGlass;
		this.register = register;
		this.adults = adults;
		this.involvements = involvements;
		this.panels = panels.stream().sorted(Comparator.comparingInt(ChildPagePanel::order)).toList();
		this.currentActor = currentActor;
	}

	@GetMapping("/children/{id}")
	String show(@PathVariable UUID id, Model model) {
		Actor actor = currentActor.get();
		Child child = register.require(actor, id);
		model.addAttribute("child", child);
		model.addAttribute("today", register.today());
		model.addAttribute("siblings", register.siblings(actor, child));
		model.addAttribute("adults", adults.ofChild(id));
		model.addAttribute("involved", involvements.of(id));
		model.addAttribute("panels", panels.stream().map(p -> new RenderedPanel(p.fragment(), p.model(actor, id))).toList());
		model.addAttribute("canSeeWhoHasSeen", actor.is(Role.DSL) || actor.is(Role.MANAGER) || actor.is(Role.AUDITOR));
		// emergency access by people outside the child's agencies is shown to the child's lead professional
		boolean lead = actor.practitionerId() != null
				&& involvements.leadProfessional(id).filter(actor.practitionerId()::equals).isPresent();
		model.addAttribute("breakGlass", lead ? breakGlass.forChild(id) : java.util.List.of());
		return "people/child";
	}

	/** A panel ready to render: its template, the fragment in it, and what the fragment needs. */
	record RenderedPanel(String fragment, java.util.Map<String, Object> model) {

		/** For the panel's fragment, which reads {@code panel.model}. */
		public java.util.Map<String, Object> getModel() {
			return model;
		}

		public String template() {
			return fragment.substring(0, fragment.indexOf("::")).trim();
		}

		public String selector() {
			return fragment.substring(fragment.indexOf("::") + 2).trim();
		}
	}
}
