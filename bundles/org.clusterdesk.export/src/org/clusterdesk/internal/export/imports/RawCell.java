/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import org.apache.poi.ss.util.CellReference;

/**
 * One non-blank cell as stored in the sheet: its column (0-based), what kind of value it holds and the value's text as
 * stored (numbers unformatted, so that 31.6 stays exactly 31.6), trimmed.
 *
 * @param column 0-based column index
 * @param type   the stored kind of value
 * @param text   the stored value: text, a number's digits, 1/0 for a boolean, the error code
 * @param date   whether a number is shown with a date format
 */
record RawCell(int column, Type type, String text, boolean date) {

	enum Type {
		TEXT, NUMBER, BOOLEAN, ERROR,
		/** A formula whose result was never stored (written by a program, not recalculated by Excel). */
		FORMULA_WITHOUT_VALUE
	}

	/** The column as Excel names it: A, B, …, AA. */
	String columnName() {
		return CellReference.convertNumToColString(column);
	}

	/** The value as the user sees it in the problem list. */
	String display() {
		return switch (type) {
		case BOOLEAN -> "1".equals(text) ? "TRUE" : "FALSE"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> text;
		};
	}
}
