package org.seen.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads of children's completed assessments for other modules (the pathway, plans), which have
 * already admitted the actor through {@link org.seen.access.ChildAccess}; no audit entry here.
 */
@Service
public class Assessed {

	private final JdbcClient jdbc;

	private final Tools tools;

	Assessed(JdbcClient jdbc, Tools tools) {
		this.jdbc = jdbc;
		this.tools = tools;
	}

	/** The child's newest completed assessment, with the grades given in it. */
	public Optional<LatestAssessment> latestCompleted(UUID childId) {
		record Header(UUID id, String toolId, int toolVersion, LocalDate assessedOn) {
		}
		Optional<Header> header = jdbc.sql("""
				select id, tool_id, tool_version, assessed_on from assessment
				where child_id = ? and status = 'COMPLETED' order by assessed_on desc, completed_at desc limit 1""")
			.param(childId)
			.query((rs, n) -> new Header(rs.getObject("id", UUID.class), rs.getString("tool_id"),
					rs.getInt("tool_version"), rs.getObject("assessed_on", LocalDate.class)))
			.optional();
		return header.map(h -> {
			Optional<Tool> tool = tools.find(h.toolId(), h.toolVersion());
			List<LatestAssessment.GradedItem> items = new ArrayList<>();
			jdbc.sql("""
					select item_id, grade, target_grade, review_by from assessment_item
					where assessment_id = ? and grade is not null""")
				.param(h.id())
				.query(rs -> {
					String itemId = rs.getString("item_id");
					String title = tool.flatMap(t -> t.item(itemId)).map(ToolItem::title).orElse(itemId);
					String area = tool.flatMap(t -> t.areaOf(itemId)).map(ToolArea::title).orElse("");
					items.add(new LatestAssessment.GradedItem(itemId, title, area, rs.getInt("grade"),
							(Integer) rs.getObject("target_grade"), rs.getObject("review_by", LocalDate.class)));
				});
			// in the tool's order, so lists read as the assessment did
			List<String> order = tool.map(t -> t.items().stream().map(ToolItem::id).toList()).orElse(List.of());
			items.sort(java.util.Comparator.comparingInt(item -> order.indexOf(item.itemId())));
			return new LatestAssessment(h.id(), childId, h.toolId(), h.toolVersion(),
					tool.map(Tool::title).orElse(h.toolId()), h.assessedOn(), List.copyOf(items));
		});
	}
}
