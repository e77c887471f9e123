/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

/** Text measures of the forms (G03). */
public final class TextFigures {

	private TextFigures() {
	}

	/** Characters as the forms count them: code points, whitespace and line breaks not counted. */
	public static int length(String text) {
		if (text == null) {
			return 0;
		}
		return (int) text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).count();
	}
}
