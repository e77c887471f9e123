/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export;

import org.clusterdesk.internal.export.imports.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A cell, row, column or sheet the library import rejected or changed, named so that it can be found in the
 * spreadsheet: sheet, row number (as Excel shows it), column header and letter, the raw value and the reason (in
 * Chinese).
 */
public final class ImportProblem {

	/** How much of the input did not arrive. */
	public enum Severity {

		/** A row, a cell's value or a whole sheet was not imported. */
		ERROR,

		/** Imported with a change (万元 converted, 无 read as empty), or a column or total row ignored. */
		WARNING
	}

	private final Severity severity;

	private final String sheet;

	private final int row;

	private final String column;

	private final String columnName;

	private final String value;

	private final String reason;

	/**
	 * @param severity   error or warning
	 * @param sheet      the sheet's name
	 * @param row        1-based row number, 0 when the problem concerns the whole sheet
	 * @param column     the column's header text, or null
	 * @param columnName the column's letter (A, B, …), or null
	 * @param value      the cell's raw value, or null
	 * @param reason     why, in Chinese
	 */
	public ImportProblem(Severity severity, String sheet, int row, String column, String columnName, String value,
			String reason) {
		this.severity = severity;
		this.sheet = sheet;
		this.row = row;
		this.column = column;
		this.columnName = columnName;
		this.value = value;
		this.reason = reason;
	}

	public Severity getSeverity() {
		return severity;
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	public String getSheet() {
		return sheet;
	}

	/** 1-based, as Excel numbers rows; 0 for a problem of the whole sheet. */
	public int getRow() {
		return row;
	}

	/** The header text of the column, or null. */
	public String getColumn() {
		return column;
	}

	/** The column's letter (A, B, …, AA), or null. */
	public String getColumnName() {
		return columnName;
	}

	/** The cell's value as stored, or null when the cell was empty or the problem is not about one cell. */
	public String getValue() {
		return value;
	}

	public String getReason() {
		return reason;
	}

	/** 工作表「现有企业库」第12行「是否为规上企业」（H列）：无法识别为“是/否”…；原值“可能” */
	@Override
	public String toString() {
		if (row <= 0) {
			return NLS.bind(Messages.Problem_formatSheet, sheet, reason);
		}
		String header = column == null ? "" : column; //$NON-NLS-1$
		String letter = columnName == null ? "" : columnName; //$NON-NLS-1$
		if (value == null || value.isEmpty()) {
			return NLS.bind(Messages.Problem_formatNoValue, new Object[] { sheet, row, header, letter, reason });
		}
		return NLS.bind(Messages.Problem_format, new Object[] { sheet, row, header, letter, reason, value });
	}
}
