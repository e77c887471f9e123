/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** Just enough JSON for the machine-readable reports: maps, lists, strings, numbers, booleans, null. */
final class Json {

	private Json() {
	}

	static String write(Object value) {
		StringBuilder sb = new StringBuilder();
		write(sb, value, 0);
		return sb.toString();
	}

	private static void write(StringBuilder sb, Object value, int indent) {
		if (value == null) {
			sb.append("null"); //$NON-NLS-1$
		} else if (value instanceof String s) {
			string(sb, s);
		} else if (value instanceof BigDecimal d) {
			sb.append(d.toPlainString());
		} else if (value instanceof Number || value instanceof Boolean) {
			sb.append(value);
		} else if (value instanceof Map<?, ?> map) {
			sb.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				sb.append(first ? "" : ",").append('\n').append("  ".repeat(indent + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				string(sb, String.valueOf(e.getKey()));
				sb.append(": "); //$NON-NLS-1$
				write(sb, e.getValue(), indent + 1);
				first = false;
			}
			sb.append(first ? "" : "\n" + "  ".repeat(indent)).append('}'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else if (value instanceof Collection<?> list) {
			sb.append('[');
			boolean first = true;
			for (Object o : list) {
				sb.append(first ? "" : ",").append('\n').append("  ".repeat(indent + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				write(sb, o, indent + 1);
				first = false;
			}
			sb.append(first ? "" : "\n" + "  ".repeat(indent)).append(']'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else {
			string(sb, value.toString());
		}
	}

	private static void string(StringBuilder sb, String s) {
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> sb.append("\\\""); //$NON-NLS-1$
			case '\\' -> sb.append("\\\\"); //$NON-NLS-1$
			case '\n' -> sb.append("\\n"); //$NON-NLS-1$
			case '\r' -> sb.append("\\r"); //$NON-NLS-1$
			case '\t' -> sb.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
					sb.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					sb.append(c);
				}
			}
			}
		}
		sb.append('"');
	}
}
