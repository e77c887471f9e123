/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.clusterdesk.internal.export.xlsx.TextWidth;

/**
 * The overview: one row per input file, the key indicators per year, ranks within each edition, the edition's
 * recognition thresholds, and conditional formatting that marks what fails them. Two header rows as the forms have
 * them (an indicator over its years), header frozen, filters on. The columns are the {@link OverviewLayout}'s, which
 * the Review view shows too.
 */
final class OverviewSheet {

	static final int TITLE_ROW = 0;

	static final int GROUP_ROW = 1;

	static final int HEADER_ROW = 2;

	static final int FIRST_ROW = 3;

	/** A cell holding a formula and the value it computes now (for readers that do not recalculate). */
	private record Formula(String text, Object cached) {
	}

	private final Sheet sheet;

	private final ReviewStyles styles;

	private final List<ApplicationSummary> summaries;

	private final OverviewLayout layout;

	private final List<OverviewLayout.Column> columns;

	OverviewSheet(Sheet sheet, ReviewStyles styles, List<ApplicationSummary> summaries) {
		this.sheet = sheet;
		this.styles = styles;
		this.summaries = summaries;
		this.layout = OverviewLayout.of(summaries);
		this.columns = layout.columns();
	}

	/** Writes the whole sheet. */
	void write(String title) {
		writeHeaders(title);
		for (ApplicationSummary summary : summaries) {
			Row row = sheet.createRow(rowOf(summary));
			for (int c = 0; c < columns.size(); c++) {
				OverviewLayout.Column column = columns.get(c);
				Cell cell = row.createCell(c);
				cell.setCellStyle(style(column.kind()));
				set(cell, column.rankOf() != null ? rankFormula(column.rankOf(), summary) : column.valueOf(summary));
			}
			if (!summary.readable()) {
				// the reason wraps in its column: the row needs the height, nobody measures a streamed row
				row.setHeightInPoints(Math.min(409, TextWidth.lines(OverviewLayout.status(summary), OverviewLayout.STATUS_WIDTH) * 13.5f + 3));
			}
		}
		for (int c = 0; c < columns.size(); c++) {
			sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
		}
		sheet.createFreezePane(2, FIRST_ROW);
		PageSetup.landscape(sheet, GROUP_ROW, HEADER_ROW, 1, false);
		if (!columns.isEmpty()) {
			sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow(), 0, columns.size() - 1));
		}
		highlights();
	}

	private CellStyle style(OverviewLayout.Kind kind) {
		return switch (kind) {
		case TEXT -> styles.text;
		case CENTRED -> styles.centred;
		case WRAPPED -> styles.wrapped;
		case INTEGER -> styles.integer;
		case DECIMAL -> styles.decimal;
		};
	}

	/**
	 * Rank within the application's edition on its latest data year: 1 + the number of applications of the same
	 * edition with a better value, so that ties share a rank as RANK.EQ gives them. Written as a COUNTIFS formula so
	 * that it follows corrections made in the sheet; the layout's rank is the cached value.
	 */
	private Formula rankFormula(Indicator indicator, ApplicationSummary s) {
		if (!s.readable() || s.editionId() == null) {
			return null;
		}
		Integer column = layout.indicatorColumns(indicator).get(indicator.yearly() ? s.latestYear() : Integer.valueOf(0));
		if (column == null) {
			return null;
		}
		Integer rank = layout.rank(indicator, s);
		int row = rowOf(s) + 1;
		String value = CellReference.convertNumToColString(column);
		String edition = CellReference.convertNumToColString(layout.editionColumn());
		String first = String.valueOf(FIRST_ROW + 1);
		String last = String.valueOf(lastRow() + 1);
		String better = indicator.rank() == Indicator.Rank.HIGHER_FIRST ? "\">\"" : "\"<\""; //$NON-NLS-1$ //$NON-NLS-2$
		String text = "IF(ISNUMBER(" + value + row + "),COUNTIFS($" + edition + "$" + first + ":$" + edition + "$" + last + ",$" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				+ edition + row + "," + value + "$" + first + ":" + value + "$" + last + "," + better + "&" + value + row + ")+1,\"\")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		return new Formula(text, rank == null ? "" : (Object) rank); //$NON-NLS-1$
	}

	private void writeHeaders(String title) {
		Row titleRow = sheet.createRow(TITLE_ROW);
		titleRow.setHeightInPoints(22);
		Cell titleCell = titleRow.createCell(0);
		titleCell.setCellValue(title);
		titleCell.setCellStyle(styles.title);
		Row groupRow = sheet.createRow(GROUP_ROW);
		Row headerRow = sheet.createRow(HEADER_ROW);
		int headerLines = 1;
		int groupLines = 1;
		int c = 0;
		while (c < columns.size()) {
			OverviewLayout.Column column = columns.get(c);
			int end = c;
			while (column.group() != null && end + 1 < columns.size() && column.group().equals(columns.get(end + 1).group())) {
				end++;
			}
			for (int i = c; i <= end; i++) {
				header(groupRow, i, i == c ? (column.group() != null ? column.group() : column.header()) : null);
				header(headerRow, i, column.group() != null ? columns.get(i).header() : null);
			}
			if (column.group() == null) {
				sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, HEADER_ROW, c, c));
				// a lone header spans both rows: split its lines between them
				headerLines = Math.max(headerLines, (TextWidth.lines(column.header(), column.width()) + 1) / 2);
				groupLines = Math.max(groupLines, TextWidth.lines(column.header(), column.width()) / 2);
			} else {
				int span = 0;
				for (int i = c; i <= end; i++) {
					span += columns.get(i).width();
					headerLines = Math.max(headerLines, TextWidth.lines(columns.get(i).header(), columns.get(i).width()));
				}
				if (end > c) {
					sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, c, end));
				}
				groupLines = Math.max(groupLines, TextWidth.lines(column.group(), span));
			}
			c = end + 1;
		}
		groupRow.setHeightInPoints(Math.max(1, groupLines) * 14f + 4);
		headerRow.setHeightInPoints(Math.max(1, headerLines) * 14f + 4);
	}

	private void header(Row row, int column, String text) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(styles.header);
		if (text != null) {
			cell.setCellValue(text);
		}
	}

	/**
	 * Conditional formatting: the rules reviewers check first. The same cells as the layout's marks, written as
	 * formulas so that they follow corrections made in the sheet.
	 */
	private void highlights() {
		int first = FIRST_ROW;
		int last = lastRow();
		if (last < first) {
			return;
		}
		String top = String.valueOf(first + 1);
		int eligibleColumn = layout.eligibleColumn();
		int errorsColumn = layout.errorsColumn();
		int warningsColumn = layout.warningsColumn();
		int completenessColumn = layout.completenessColumn();
		int statusColumn = layout.statusColumn();
		Highlights.fail(sheet, columnRange(eligibleColumn), ref(eligibleColumn) + top + "=\"" + Messages.Value_no + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		Highlights.fail(sheet, columnRange(errorsColumn), ref(errorsColumn) + top + ">0"); //$NON-NLS-1$
		Highlights.note(sheet, columnRange(warningsColumn), ref(warningsColumn) + top + ">0"); //$NON-NLS-1$
		Highlights.note(sheet, columnRange(completenessColumn), "AND(ISNUMBER(" + ref(completenessColumn) + top + ")," //$NON-NLS-1$ //$NON-NLS-2$
				+ ref(completenessColumn) + top + "<100)"); //$NON-NLS-1$
		Highlights.fail(sheet, columnRange(statusColumn), ref(statusColumn) + top + "<>\"" + Messages.Status_ok + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		if (layout.unmetColumn() >= 0) {
			Highlights.fail(sheet, columnRange(layout.unmetColumn()), ref(layout.unmetColumn()) + top + ">0"); //$NON-NLS-1$
			Highlights.note(sheet, columnRange(layout.missingColumn()), ref(layout.missingColumn()) + top + ">0"); //$NON-NLS-1$
		}
		below(Indicator.OUTPUT, "<"); //$NON-NLS-1$
		below(Indicator.SME_SHARE, "<"); //$NON-NLS-1$
		// the leading industry must exceed its threshold (大于70%): equal fails
		below(Indicator.LEADING_SHARE, "<="); //$NON-NLS-1$
		below(Indicator.AVERAGE_GROWTH, "<"); //$NON-NLS-1$
	}

	/** Marks the indicator's cells (every year) that fall below the threshold in the row's criteria column. */
	private void below(Indicator indicator, String operator) {
		Map<Integer, Integer> byYear = layout.indicatorColumns(indicator);
		Integer limit = layout.criterionColumn(OverviewLayout.criterionOf(indicator));
		if (byYear == null || limit == null) {
			return;
		}
		String top = String.valueOf(FIRST_ROW + 1);
		String threshold = "$" + ref(limit) + top; //$NON-NLS-1$
		// the year columns of one indicator are adjacent: one range, one rule
		int from = byYear.values().stream().mapToInt(Integer::intValue).min().getAsInt();
		int to = byYear.values().stream().mapToInt(Integer::intValue).max().getAsInt();
		String cell = ref(from) + top;
		Highlights.fail(sheet, new CellRangeAddress(FIRST_ROW, lastRow(), from, to), "AND(ISNUMBER(" + cell + "),ISNUMBER(" + threshold //$NON-NLS-1$ //$NON-NLS-2$
				+ ")," + cell + operator + threshold + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private CellRangeAddress columnRange(int column) {
		return new CellRangeAddress(FIRST_ROW, lastRow(), column, column);
	}

	private static String ref(int column) {
		return CellReference.convertNumToColString(column);
	}

	private int lastRow() {
		return FIRST_ROW + summaries.size() - 1;
	}

	private static int rowOf(ApplicationSummary s) {
		return FIRST_ROW + s.serial() - 1;
	}

	private static void set(Cell cell, Object value) {
		if (value instanceof Formula formula) {
			cell.setCellFormula(formula.text());
			if (formula.cached() instanceof Number n) {
				cell.setCellValue(n.doubleValue());
			} else {
				cell.setCellValue(String.valueOf(formula.cached()));
			}
		} else if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		} else if (value != null) {
			cell.setCellValue(value.toString());
		}
	}
}
