package org.seen.access.internal;

import org.seen.Deployment;
import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: who is signed in, and whether this is the demo. It lives here,
 * not in web, so that web depends on no module and every module can use its form parts.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

	private final Deployment deployment;

	private final CurrentActor currentActor;

	PageModel(Deployment deployment, CurrentActor currentActor) {
		this.deployment = deployment;
		this.currentActor = currentActor;
	}

	@ModelAttribute("demo")
	boolean demo() {
		return deployment.isDemo();
	}

	@ModelAttribute("actor")
	Actor actor() {
		return currentActor.find().orElse(null);
	}
}
