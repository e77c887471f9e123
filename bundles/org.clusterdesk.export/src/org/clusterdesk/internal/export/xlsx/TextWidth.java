/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

/**
 * Display width of text in Excel's column unit (the width of a digit): Chinese characters and full-width punctuation
 * take two units. Used to size columns and to estimate how many lines a wrapped cell needs, because neither Excel
 * nor a streaming writer measures rows for us.
 */
public final class TextWidth {

	private TextWidth() {
	}

	/** The widest line of the text (0 for none). */
	public static int of(String text) {
		if (text == null) {
			return 0;
		}
		int widest = 0;
		int current = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				widest = Math.max(widest, current);
				current = 0;
			} else {
				current += wide(c) ? 2 : 1;
			}
		}
		return Math.max(widest, current);
	}

	/** Lines the text takes in a column of the given width (in characters), counting its own line breaks. */
	public static int lines(String text, int columnWidth) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		int usable = Math.max(1, columnWidth - 1);
		int lines = 1;
		int current = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				lines++;
				current = 0;
				continue;
			}
			int w = wide(c) ? 2 : 1;
			if (current + w > usable) {
				lines++;
				current = 0;
			}
			current += w;
		}
		return lines;
	}

	static boolean wide(char c) {
		return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
				|| c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
				|| c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x2018 && c <= 0x201D || c == 0x2026 || c == 0x2014);
	}
}
