package org.seen.worklist.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.seen.access.CurrentActor;
import org.seen.worklist.WorkItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Your worklist": what needs doing, most urgent first, and the children you work with. */
@Controller
class WorklistPage {

	static final String VIEW = "worklist/worklist";

	private final Worklist worklist;

	private final CurrentActor current;

	WorklistPage(Worklist worklist, CurrentActor current) {
		this.worklist = worklist;
		this.current = current;
	}

	@GetMapping("/worklist")
	String worklist(Model model) {
		Worklist.View view = worklist.of(current.get());
		Map<WorkItem.Urgency, Long> counts = new TreeMap<>(view.items().stream()
			.collect(Collectors.groupingBy(WorkItem::urgency, Collectors.counting())));
		model.addAttribute("items", view.items());
		model.addAttribute("counts", counts);
		model.addAttribute("myChildren", view.myChildren());
		model.addAttribute("childLimit", Worklist.MY_CHILDREN_LIMIT);
		return VIEW;
	}
}
