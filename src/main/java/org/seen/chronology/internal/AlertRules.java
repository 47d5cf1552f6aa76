package org.seen.chronology.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The rules in force, built from {@link AlertSettings}; a disabled rule is left out. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertSettings.class)
class AlertRules {

	private final List<AlertRule> rules;

	AlertRules(AlertSettings settings) {
		List<AlertRule> all = new ArrayList<>();
		var wnb = settings.wasNotBroughtRepeated();
		if (wnb.enabled()) {
			all.add(new WasNotBroughtRepeated(new Window(wnb.window()), wnb.threshold(), wnb.vulnerableThreshold()));
		}
		var injuries = settings.injuriesRepeated();
		if (injuries.enabled()) {
			all.add(new InjuriesRepeated(new Window(injuries.window()), injuries.threshold(), injuries.anyInjuryUnderOne()));
		}
		var absence = settings.schoolAbsence();
		if (absence.enabled()) {
			all.add(new SchoolAbsence(new Window(absence.window()), absence.attendanceBelow()));
		}
		var unseen = settings.notSeen();
		if (unseen.enabled()) {
			all.add(new NotSeen(unseen.days()));
		}
		var workers = settings.manyWorkers();
		if (workers.enabled()) {
			all.add(new ManyWorkers(new Window(workers.window()), workers.threshold()));
		}
		var concerns = settings.concernsAccumulating();
		if (concerns.enabled()) {
			all.add(new ConcernsAccumulating(new Window(concerns.window()), concerns.threshold(), concerns.agencies()));
		}
		this.rules = List.copyOf(all);
	}

	List<AlertRule> all() {
		return rules;
	}
}
