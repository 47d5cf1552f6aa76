package org.seen.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.access.internal.SeenUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Brothers and sisters share a household; a parent recorded once is related to all of them. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FamilyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoActors actors;

	private SeenUser teacher() {
		return new SeenUser(actors.actor("teacher"), "", true, true);
	}

	private UUID addChild(String given, String sibling) throws Exception {
		String location = mvc.perform(post(sibling == null ? "/children/new" : "/children/new?sibling=" + sibling)
			.with(user(teacher()))
			.with(csrf())
			.param("givenName", given)
			.param("familyName", "Harrowgate")
			.param("unborn", "no")
			.param("dateOfBirthDay", "3")
			.param("dateOfBirthMonth", sibling == null ? "3" : "9")
			.param("dateOfBirthYear", sibling == null ? "2017" : "2019")
			.param("sex", "FEMALE")
			.param("postcode", "NB4 2QT")
			.param("notDuplicate", "yes")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.replaceAll("^/children/([0-9a-f-]+).*$", "$1"));
	}

	@Test
	void a_mother_added_to_one_child_is_related_to_her_other_children_in_the_household() throws Exception {
		UUID elder = addChild("Wren", null);
		UUID younger = addChild("Lark", elder.toString());
		assertThat(jdbc.sql("select count(distinct household_id) from child where id in (?, ?)")
			.params(elder, younger)
			.query(Integer.class)
			.single()).isEqualTo(1);

		mvc.perform(post("/children/" + elder + "/adults/new").with(user(teacher())).with(csrf())
			.param("givenName", "Marnie")
			.param("familyName", "Harrowgate")
			.param("sex", "FEMALE")
			.param("kind", "MOTHER")
			.param("livesWithChild", "yes")
			.param("parentalResponsibility", "yes")
			.param("factors", "MENTAL_ILL_HEALTH")
			.param("alsoSiblings", "yes")).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select count(*) from relationship where child_id in (?, ?) and kind = 'MOTHER'")
			.params(elder, younger)
			.query(Integer.class)
			.single()).isEqualTo(2);
		mvc.perform(get("/children/" + younger).with(user(teacher())))
			.andExpect(content().string(containsString("Marnie Harrowgate")))
			.andExpect(content().string(containsString("Mental ill-health")))
			.andExpect(content().string(containsString("Wren Harrowgate")));
	}

	@Test
	void an_adult_without_a_relationship_is_not_saved() throws Exception {
		UUID child = addChild("Sorrel", null);
		Integer before = jdbc.sql("select count(*) from adult").query(Integer.class).single();
		mvc.perform(post("/children/" + child + "/adults/new").with(user(teacher())).with(csrf())
			.param("givenName", "Dale")
			.param("familyName", "Harrowgate")
			.param("sex", "MALE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select how the adult is related to the child")));
		assertThat(jdbc.sql("select count(*) from adult").query(Integer.class).single()).isEqualTo(before);
	}
}
