package org.seen.strategy.internal;

import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The partnership's page: where the strategy, the action plan, audits, training, feedback, learning
 * from reviews and the quarterly report start. Everyone on staff sees the parts they take part in
 * (a survey to answer, a printed feedback form to enter, the learning register, an audit they sit
 * on); the subgroup's readers see the rest.
 */
@Controller
class StrategyHub {

	static final String VIEW = "strategy/index";

	private final CurrentActor current;

	StrategyHub(CurrentActor current) {
		this.current = current;
	}

	@GetMapping("/strategy")
	String hub(Model model) {
		Actor actor = current.get();
		model.addAttribute("reads", StrategyRoles.reads(actor));
		model.addAttribute("edits", StrategyRoles.edits(actor));
		model.addAttribute("casework", actor.role().isCasework());
		return VIEW;
	}
}
