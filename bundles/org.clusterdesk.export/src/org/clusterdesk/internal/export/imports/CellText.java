/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.text.Normalizer;

/** Text clean-up shared by header matching and value parsing. */
final class CellText {

	private CellText() {
	}

	/** Without leading and trailing blanks, including the ideographic space, no-break space and zero-width marks. */
	static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && blank(text.charAt(start))) {
			start++;
		}
		while (end > start && blank(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	/** Full-width letters, digits and punctuation as half-width (ＡＢ１２．３，→ AB12.3,): for numbers, dates, yes/no. */
	static String halfWidth(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	static boolean blank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
	}
}
