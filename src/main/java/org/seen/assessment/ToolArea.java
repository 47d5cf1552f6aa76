package org.seen.assessment;

import java.util.List;

/** An area of care in a tool, holding its items. */
public record ToolArea(String id, String title, String summary, List<ToolItem> items) {
}
