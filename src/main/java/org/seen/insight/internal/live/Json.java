package org.seen.insight.internal.live;

/** The little JSON the measures send to PostgreSQL as rows (jsonb_to_recordset). */
final class Json {

	private Json() {
	}

	static String string(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char ch : text.toCharArray()) {
			switch (ch) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (ch < 0x20) {
						out.append(String.format("\\u%04x", (int) ch));
					}
					else {
						out.append(ch);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
