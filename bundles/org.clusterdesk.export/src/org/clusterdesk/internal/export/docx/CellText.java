/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The paragraphs of one table cell: each line is one paragraph with its style and alignment. */
final class CellText {

	/** Horizontal alignment of a line. */
	enum Align {
		LEFT, CENTER, RIGHT, BOTH
	}

	/** One paragraph of a cell. */
	record Line(String style, String text, Align align) {
	}

	static final CellText EMPTY = new CellText(List.of());

	private final List<Line> lines;

	private CellText(List<Line> lines) {
		this.lines = lines;
	}

	/** A cell of table text; a null text gives an empty cell (never "null"). */
	static CellText of(String text) {
		return of(DocxStyles.TABLE, text, Align.LEFT);
	}

	static CellText centred(String text) {
		return of(DocxStyles.TABLE, text, Align.CENTER);
	}

	static CellText header(String text) {
		return of(DocxStyles.TABLE_HEADER, text, Align.CENTER);
	}

	static CellText of(String style, String text, Align align) {
		return text == null || text.isEmpty() ? EMPTY : new Builder().add(style, text, align).build();
	}

	static Builder builder() {
		return new Builder();
	}

	List<Line> lines() {
		return Collections.unmodifiableList(lines);
	}

	/** Characters of the cell, to decide whether its row may break across pages. */
	int length() {
		int n = 0;
		for (Line line : lines) {
			n += line.text().length();
		}
		return n;
	}

	/** Collects the lines of a cell; a text with line breaks becomes several paragraphs. */
	static final class Builder {

		private final List<Line> lines = new ArrayList<>();

		Builder add(String text) {
			return add(DocxStyles.TABLE, text, Align.LEFT);
		}

		Builder note(String text) {
			return add(DocxStyles.TABLE_NOTE, text, Align.LEFT);
		}

		Builder add(String style, String text, Align align) {
			if (text == null || text.isEmpty()) {
				return this;
			}
			for (String part : text.split("\r?\n", -1)) { //$NON-NLS-1$
				lines.add(new Line(style, part, align));
			}
			return this;
		}

		boolean isEmpty() {
			return lines.isEmpty();
		}

		CellText build() {
			return lines.isEmpty() ? EMPTY : new CellText(List.copyOf(lines));
		}
	}
}
