package org.seen.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.access.TestChildren;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** My worklist gathers every module's work, most urgent first, and the children I work with. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorklistTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void work_is_sorted_overdue_first_then_by_the_oldest_date_then_by_name() {
		UUID child = UUID.randomUUID();
		List<WorkItem> items = new ArrayList<>(List.of(
				item(child, "Bea", WorkItem.Urgency.OPEN, null),
				item(child, "Cal", WorkItem.Urgency.ATTENTION, null),
				item(child, "Ada", WorkItem.Urgency.OVERDUE, LocalDate.of(2026, 11, 20)),
				item(child, "Ada", WorkItem.Urgency.OVERDUE, LocalDate.of(2026, 11, 2)),
				item(child, "Dan", WorkItem.Urgency.DUE_SOON, LocalDate.of(2026, 12, 1)),
				item(child, "Abe", WorkItem.Urgency.ATTENTION, null)));
		items.sort(WorkItem.BY_URGENCY);
		assertThat(items).extracting(i -> i.childName() + " " + i.urgency())
			.containsExactly("Ada OVERDUE", "Ada OVERDUE", "Abe ATTENTION", "Cal ATTENTION", "Dan DUE_SOON", "Bea OPEN");
		assertThat(items.get(0).due()).isEqualTo(LocalDate.of(2026, 11, 2));
	}

	@Test
	void the_worklist_shows_the_children_i_work_with_and_their_open_alerts_and_is_audited() throws Exception {
		TestChildren children = new TestChildren(jdbc);
		TestChildren.Child mine = children.involve(children.create("Wrenna"), "police.officer", "INVOLVED");
		TestChildren.Child alerted = children.involve(children.create("Corwin"), "police.officer", "INVOLVED");
		TestChildren.Child notMine = children.create("Faramond");
		jdbc.sql("""
				insert into pattern_alert (id, child_id, code, reason, raised_at)
				values (?, ?, 'NOT_SEEN', 'Not seen by anyone for 40 days', now()), (?, ?, 'NOT_SEEN', 'Not seen', now())""")
			.params(UUID.randomUUID(), alerted.id(), UUID.randomUUID(), notMine.id())
			.update();
		long audits = audits();

		mvc.perform(get("/worklist").with(user(accounts.loadUserByUsername("police.officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wrenna Testchild")))
			.andExpect(content().string(containsString("Not seen by anyone for 40 days")))
			.andExpect(content().string(containsString("/children/" + alerted.id() + "/alerts/")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Faramond"))))
			.andExpect(content().string(containsString("Nothing waiting")));
		assertThat(audits()).isEqualTo(audits + 1);
		assertThat(mine.id()).isNotNull();
	}

	private long audits() {
		return jdbc.sql("select count(*) from audit_entry where record_type = 'WORKLIST' and username = 'police.officer'")
			.query(Long.class)
			.single();
	}

	private static WorkItem item(UUID child, String name, WorkItem.Urgency urgency, LocalDate due) {
		return new WorkItem(child, name, "Kind", "Detail", due, urgency, "/children/" + child, "Open");
	}
}
