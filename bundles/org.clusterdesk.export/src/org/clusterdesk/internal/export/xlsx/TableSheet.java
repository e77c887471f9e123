/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.model.derived.DecimalMath;
import org.eclipse.osgi.util.NLS;

/**
 * Writes one table on its own sheet, top to bottom: a title row, the one- or two-row header (group headers merged
 * across their columns, single headers merged down both rows, as the forms draw them), then the rows. Column widths
 * come from {@link #measure(Object[])} calls made before the first row is written, so that row heights can be set
 * for wrapped text as the rows stream out. Values are String (always a text cell, never a formula), BigDecimal,
 * Integer, YearMonth or null.
 * <p>
 * Without styles ({@code styles == null}) it writes the same cells plainly — no styles, merges, widths, heights,
 * panes or print setup: the benchmark's yardstick ({@link PlainSxssfBaseline}).
 */
final class TableSheet {

	/** Points per line of 11 pt text: 宋体 needs 14.25, CJK substitutes (Noto Sans CJK) a little more. */
	private static final float LINE_POINTS = 15f;

	private static final float PADDING_POINTS = 4f;

	/** Excel's largest row height. */
	private static final float MAX_ROW_POINTS = 409f;

	private final Sheet sheet;

	private final XlsxStyles styles;

	private final List<TableColumn> columns;

	private final int[] widths;

	private final boolean twoRowHeader;

	private int next;

	private int headerFirst = -1;

	private int headerLast = -1;

	TableSheet(Sheet sheet, XlsxStyles styles, List<TableColumn> columns) {
		this.sheet = sheet;
		this.styles = styles;
		this.columns = columns;
		this.widths = new int[columns.size()];
		boolean grouped = false;
		for (int c = 0; c < widths.length; c++) {
			widths[c] = columns.get(c).minWidth();
			grouped |= columns.get(c).group() != null;
		}
		this.twoRowHeader = grouped;
		if (styles != null) {
			// one line of CJK text needs more than Excel's default 15 pt
			sheet.setDefaultRowHeightInPoints(LINE_POINTS + PADDING_POINTS);
		}
	}

	private boolean plain() {
		return styles == null;
	}

	/** Widens the columns for a row that will be written; call for every row before {@link #header()}. */
	void measure(Object[] values) {
		if (plain()) {
			return;
		}
		for (int c = 0; c < values.length && c < widths.length; c++) {
			if (values[c] != null) {
				TableColumn column = columns.get(c);
				int w = Math.min(column.maxWidth(), TextWidth.of(display(values[c])) + 2);
				if (w > widths[c]) {
					widths[c] = w;
				}
			}
		}
	}

	/** A title row merged across the table. */
	void title(String text) {
		Row row = sheet.createRow(next);
		Cell cell = row.createCell(0);
		cell.setCellValue(text);
		if (plain()) {
			next++;
			return;
		}
		cell.setCellStyle(styles.title);
		if (widths.length > 1) {
			sheet.addMergedRegion(new CellRangeAddress(next, next, 0, widths.length - 1));
		}
		row.setHeightInPoints(height(TextWidth.lines(text, totalWidth()), 18f));
		next++;
	}

	/** The header: one row, or two when some columns are grouped. Fixes the column widths. */
	void header() {
		if (plain()) {
			plainHeader();
			return;
		}
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
		}
		headerFirst = next;
		Row top = sheet.createRow(next);
		Row bottom = twoRowHeader ? sheet.createRow(next + 1) : null;
		int groupLines = 1;
		int subLines = 1;
		int singleLines = 1;
		for (int c = 0; c < widths.length; c++) {
			TableColumn column = columns.get(c);
			if (column.group() == null) {
				headerCell(top, c, column.header());
				singleLines = Math.max(singleLines, TextWidth.lines(column.header(), widths[c]));
				if (bottom != null) {
					headerCell(bottom, c, null);
					sheet.addMergedRegion(new CellRangeAddress(next, next + 1, c, c));
				}
				continue;
			}
			boolean startsGroup = c == 0 || !column.group().equals(columns.get(c - 1).group());
			if (startsGroup) {
				int end = c;
				int span = widths[c];
				while (end + 1 < widths.length && column.group().equals(columns.get(end + 1).group())) {
					end++;
					span += widths[end];
				}
				headerCell(top, c, column.group());
				for (int k = c + 1; k <= end; k++) {
					headerCell(top, k, null);
				}
				if (end > c) {
					sheet.addMergedRegion(new CellRangeAddress(next, next, c, end));
				}
				groupLines = Math.max(groupLines, TextWidth.lines(column.group(), span));
			}
			headerCell(bottom, c, column.header());
			subLines = Math.max(subLines, TextWidth.lines(column.header(), widths[c]));
		}
		if (bottom == null) {
			top.setHeightInPoints(height(singleLines, LINE_POINTS));
			headerLast = next;
			next++;
			return;
		}
		float topHeight = height(groupLines, LINE_POINTS);
		float bottomHeight = Math.max(height(subLines, LINE_POINTS), height(singleLines, LINE_POINTS) - topHeight);
		top.setHeightInPoints(topHeight);
		bottom.setHeightInPoints(Math.min(MAX_ROW_POINTS, bottomHeight));
		headerLast = next + 1;
		next += 2;
	}

	/** An ordinary row. */
	void row(Object[] values) throws ExportException {
		write(values, false);
	}

	/** A 合计 row in bold. */
	void totalRow(Object[] values) throws ExportException {
		write(values, true);
	}

	/**
	 * Freezes the header (and the given leading columns), repeats the header on every printed page and prints
	 * landscape, one page wide.
	 */
	void finish(int frozenColumns) {
		if (plain()) {
			return;
		}
		if (headerLast >= 0) {
			sheet.createFreezePane(frozenColumns, headerLast + 1);
			sheet.setRepeatingRows(new CellRangeAddress(headerFirst, headerLast, -1, -1));
		}
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.5);
		sheet.setMargin(Sheet.BottomMargin, 0.5);
	}

	private void write(Object[] values, boolean total) throws ExportException {
		Row row = sheet.createRow(next);
		int lines = 1;
		for (int c = 0; c < widths.length; c++) {
			Object value = c < values.length ? values[c] : null;
			CellKind kind = kind(columns.get(c).kind(), value);
			if (plain() && value == null) {
				continue;
			}
			Cell cell = row.createCell(c);
			if (!plain()) {
				cell.setCellStyle(total ? styles.total(kind) : styles.body(kind));
			}
			if (value == null) {
				continue;
			}
			if (value instanceof String text) {
				if (text.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
					throw new ExportException(NLS.bind(Messages.Error_textTooLong, new Object[] { sheet.getSheetName(),
							next + 1, columns.get(c).header(), text.length() }));
				}
				// setCellValue(String) always makes a text cell: "=…" stays text, never a formula
				cell.setCellValue(text);
				if (!plain()) {
					lines = Math.max(lines, TextWidth.lines(text, widths[c]));
				}
			} else if (value instanceof BigDecimal decimal) {
				cell.setCellValue(decimal.doubleValue());
			} else if (value instanceof Integer number) {
				cell.setCellValue(number.intValue());
			} else if (value instanceof YearMonth month) {
				cell.setCellValue(month.atDay(1));
			} else {
				cell.setCellValue(String.valueOf(value));
			}
		}
		if (lines > 1) {
			row.setHeightInPoints(height(lines, LINE_POINTS));
		}
		next++;
	}

	/** A year column holds decimals in one row and counts or text (智能工厂 X/X/X/X) in another. */
	private static CellKind kind(CellKind column, Object value) {
		if (column == CellKind.DECIMAL || column == CellKind.INTEGER || column == CellKind.MONTH) {
			if (value instanceof String) {
				return CellKind.CENTRED;
			}
			if (value instanceof Integer && column == CellKind.DECIMAL) {
				return CellKind.INTEGER;
			}
			if (value instanceof BigDecimal && column == CellKind.INTEGER) {
				return CellKind.DECIMAL;
			}
		}
		return column;
	}

	/** The header texts in the same cells, nothing merged. */
	private void plainHeader() {
		Row top = sheet.createRow(next);
		Row bottom = twoRowHeader ? sheet.createRow(next + 1) : null;
		for (int c = 0; c < widths.length; c++) {
			TableColumn column = columns.get(c);
			if (column.group() == null) {
				top.createCell(c).setCellValue(column.header());
			} else {
				if (c == 0 || !column.group().equals(columns.get(c - 1).group())) {
					top.createCell(c).setCellValue(column.group());
				}
				bottom.createCell(c).setCellValue(column.header());
			}
		}
		next += bottom == null ? 1 : 2;
	}

	private void headerCell(Row row, int column, String text) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(styles.header);
		if (text != null) {
			cell.setCellValue(text);
		}
	}

	private int totalWidth() {
		int sum = 0;
		for (int w : widths) {
			sum += w;
		}
		return sum;
	}

	private static float height(int lines, float linePoints) {
		return Math.min(MAX_ROW_POINTS, lines * linePoints + PADDING_POINTS);
	}

	/** The text a value shows, for measuring. */
	static String display(Object value) {
		if (value instanceof BigDecimal decimal) {
			return DecimalMath.round2(decimal).toPlainString();
		}
		if (value instanceof YearMonth month) {
			return Formats.month(month);
		}
		return String.valueOf(value);
	}
}
