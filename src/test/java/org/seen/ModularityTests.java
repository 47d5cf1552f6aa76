package org.seen;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SeenApplication.class);

	@Test
	void modules_only_use_each_others_public_api_and_have_no_cycles() {
		modules.verify();
	}

	@Test
	void module_documentation_is_written() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
