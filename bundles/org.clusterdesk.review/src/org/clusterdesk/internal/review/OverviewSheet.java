/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import org.clusterdesk.internal.export.xlsx.TextWidth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.eclipse.osgi.util.NLS;

/**
 * The overview: one row per input file, the key indicators per year, ranks within each edition, the edition's
 * recognition thresholds, and conditional formatting that marks what fails them. Two header rows as the forms have
 * them (an indicator over its years), header frozen, filters on.
 */
final class OverviewSheet {

	static final int TITLE_ROW = 0;

	static final int GROUP_ROW = 1;

	static final int HEADER_ROW = 2;

	static final int FIRST_ROW = 3;

	/** The status column wraps the reason a file could not be read at this width. */
	private static final int STATUS_WIDTH = 40;

	/** A cell holding a formula and the value it computes now (for readers that do not recalculate). */
	private record Formula(String text, Object cached) {
	}

	/** One column: headers, how its cells look and what a row puts there (String, Number, Formula or null). */
	private record Column(String group, String header, CellStyle style, int width, Function<ApplicationSummary, Object> value) {
	}

	private final Sheet sheet;

	private final ReviewStyles styles;

	private final List<ApplicationSummary> summaries;

	private final List<Column> columns = new ArrayList<>();

	/** Column index per indicator and year (year 0 for single-valued indicators). */
	private final Map<Indicator, Map<Integer, Integer>> indicatorColumns = new LinkedHashMap<>();

	private int editionColumn;

	private int errorsColumn;

	private int warningsColumn;

	private int eligibleColumn;

	private int completenessColumn;

	private int statusColumn;

	private int unmetColumn = -1;

	private int missingColumn = -1;

	private final Map<String, Integer> criteriaColumns = new HashMap<>();

	OverviewSheet(Sheet sheet, ReviewStyles styles, List<ApplicationSummary> summaries) {
		this.sheet = sheet;
		this.styles = styles;
		this.summaries = summaries;
	}

	/** Writes the whole sheet. */
	void write(String title) {
		layout();
		writeHeaders(title);
		for (ApplicationSummary summary : summaries) {
			Row row = sheet.createRow(rowOf(summary));
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				Cell cell = row.createCell(c);
				cell.setCellStyle(column.style());
				set(cell, column.value().apply(summary));
			}
			if (!summary.readable()) {
				// the reason wraps in its column: the row needs the height, nobody measures a streamed row
				row.setHeightInPoints(Math.min(409, TextWidth.lines(status(summary), STATUS_WIDTH) * 13.5f + 3));
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

	private void layout() {
		add(null, Messages.Column_serial, styles.centred, 6, ApplicationSummary::serial);
		add(null, Messages.Column_name, styles.text, width(ApplicationSummary::name, 16, 40), ApplicationSummary::name);
		add(null, Messages.Column_file, styles.text, width(ApplicationSummary::file, 12, 40), ApplicationSummary::file);
		editionColumn = add(null, Messages.Column_edition, styles.text, width(ApplicationSummary::editionId, 10, 24), ApplicationSummary::editionId);
		add(null, Messages.Column_kind, styles.centred, width(ApplicationSummary::kind, 10, 20), ApplicationSummary::kind);
		add(null, Messages.Column_region, styles.text, width(ApplicationSummary::region, 12, 30), ApplicationSummary::region);
		eligibleColumn = add(null, Messages.Column_eligible, styles.centred, 10,
				s -> s.eligible() == null ? null : s.eligible() ? Messages.Value_yes : Messages.Value_no);
		errorsColumn = add(null, Messages.Column_errors, styles.integer, 8, s -> s.readable() ? s.errors() : null);
		warningsColumn = add(null, Messages.Column_warnings, styles.integer, 8, s -> s.readable() ? s.warnings() : null);
		completenessColumn = add(null, Messages.Column_completeness, styles.integer, 10, ApplicationSummary::completeness);
		statusColumn = add(null, Messages.Column_status, styles.wrapped, width(OverviewSheet::status, 10, STATUS_WIDTH), OverviewSheet::status);

		for (Indicator indicator : Indicator.values()) {
			TreeSet<Integer> years = new TreeSet<>();
			for (ApplicationSummary s : summaries) {
				s.years(indicator).forEach(years::add);
			}
			if (years.isEmpty()) {
				continue; // no application of the batch has it: no empty columns
			}
			Map<Integer, Integer> byYear = new LinkedHashMap<>();
			if (indicator.yearly()) {
				for (int year : years) {
					byYear.put(year, add(indicator.label(), NLS.bind(Messages.Year_column, year), styles.decimal, 10,
							s -> s.value(indicator, year)));
				}
			} else {
				byYear.put(0, add(null, indicator.label(), styles.decimal, 14, s -> s.value(indicator, null)));
			}
			indicatorColumns.put(indicator, byYear);
		}

		if (summaries.stream().anyMatch(s -> s.met() != null)) {
			add(Messages.Group_review, Messages.Column_met, styles.integer, 8, ApplicationSummary::met);
			unmetColumn = add(Messages.Group_review, Messages.Column_unmet, styles.integer, 8, ApplicationSummary::unmet);
			missingColumn = add(Messages.Group_review, Messages.Column_missing, styles.integer, 8, ApplicationSummary::missing);
		}
		if (summaries.stream().anyMatch(ApplicationSummary::hasLibraries)) {
			for (LibraryCount count : LibraryCount.values()) {
				add(Messages.Group_library, count.label(), styles.integer, Math.max(8, TextWidth.of(count.label()) / 2 + 2), s -> s.library(count));
			}
		}
		for (Map.Entry<Indicator, Map<Integer, Integer>> entry : indicatorColumns.entrySet()) {
			Indicator indicator = entry.getKey();
			if (indicator.rank() != null) {
				Map<ApplicationSummary, Integer> ranks = ranks(indicator);
				add(Messages.Group_rank, indicator.rankLabel(), styles.integer, Math.max(8, TextWidth.of(indicator.rankLabel()) / 2 + 2),
						s -> rankFormula(indicator, entry.getValue(), s, ranks.get(s)));
			}
		}
		if (summaries.stream().anyMatch(s -> s.minOutput() != null || s.minAverageGrowth() != null)) {
			criterion(Messages.Column_minOutput, ApplicationSummary::minOutput);
			criterion(Messages.Column_minSmeShare, ApplicationSummary::minSmeShare);
			criterion(Messages.Column_minLeadingShare, ApplicationSummary::minLeadingShare);
			criterion(Messages.Column_minAverageGrowth, ApplicationSummary::minAverageGrowth);
		}
	}

	private void criterion(String header, Function<ApplicationSummary, Double> value) {
		criteriaColumns.put(header, add(Messages.Group_criteria, header, styles.decimal, 12, value::apply));
	}

	private int add(String group, String header, CellStyle style, int width, Function<ApplicationSummary, Object> value) {
		columns.add(new Column(group, header, style, width, value));
		return columns.size() - 1;
	}

	private int width(Function<ApplicationSummary, String> text, int min, int max) {
		int widest = min;
		for (ApplicationSummary s : summaries) {
			widest = Math.max(widest, TextWidth.of(text.apply(s)) + 2);
		}
		return Math.min(max, widest);
	}

	private static String status(ApplicationSummary s) {
		return s.readable() ? Messages.Status_ok : NLS.bind(Messages.Status_unreadable, s.loadError());
	}

	/**
	 * Rank within the application's edition on its latest data year: 1 + the number of applications of the same
	 * edition with a better value, so that ties share a rank as RANK.EQ gives them. Written as a COUNTIFS formula so
	 * that it follows corrections made in the sheet.
	 */
	private Formula rankFormula(Indicator indicator, Map<Integer, Integer> byYear, ApplicationSummary s, Integer rank) {
		if (!s.readable() || s.editionId() == null) {
			return null;
		}
		Integer column = byYear.get(indicator.yearly() ? s.latestYear() : Integer.valueOf(0));
		if (column == null) {
			return null;
		}
		int row = rowOf(s) + 1;
		String value = CellReference.convertNumToColString(column);
		String edition = CellReference.convertNumToColString(editionColumn);
		String first = String.valueOf(FIRST_ROW + 1);
		String last = String.valueOf(lastRow() + 1);
		String better = indicator.rank() == Indicator.Rank.HIGHER_FIRST ? "\">\"" : "\"<\""; //$NON-NLS-1$ //$NON-NLS-2$
		String text = "IF(ISNUMBER(" + value + row + "),COUNTIFS($" + edition + "$" + first + ":$" + edition + "$" + last + ",$" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				+ edition + row + "," + value + "$" + first + ":" + value + "$" + last + "," + better + "&" + value + row + ")+1,\"\")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		return new Formula(text, rank == null ? "" : (Object) rank); //$NON-NLS-1$
	}

	/** The same ranks as the formula computes, for the cached values. */
	private Map<ApplicationSummary, Integer> ranks(Indicator indicator) {
		// group the values by edition once: a batch of a thousand compares within groups, not all pairs
		Map<String, List<Double>> byEdition = new HashMap<>();
		for (ApplicationSummary s : summaries) {
			Double value = s.readable() && s.editionId() != null ? s.rankedValue(indicator) : null;
			if (value != null) {
				byEdition.computeIfAbsent(s.editionId(), k -> new ArrayList<>()).add(value);
			}
		}
		Map<ApplicationSummary, Integer> ranks = new HashMap<>();
		for (ApplicationSummary s : summaries) {
			Double value = s.readable() && s.editionId() != null ? s.rankedValue(indicator) : null;
			if (value == null) {
				continue;
			}
			int better = 0;
			for (double v : byEdition.get(s.editionId())) {
				if (indicator.rank() == Indicator.Rank.HIGHER_FIRST ? v > value : v < value) {
					better++;
				}
			}
			ranks.put(s, better + 1);
		}
		return ranks;
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
			Column column = columns.get(c);
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

	/** Conditional formatting: the rules reviewers check first. */
	private void highlights() {
		int first = FIRST_ROW;
		int last = lastRow();
		if (last < first) {
			return;
		}
		String top = String.valueOf(first + 1);
		Highlights.fail(sheet, columnRange(eligibleColumn), ref(eligibleColumn) + top + "=\"" + Messages.Value_no + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		Highlights.fail(sheet, columnRange(errorsColumn), ref(errorsColumn) + top + ">0"); //$NON-NLS-1$
		Highlights.note(sheet, columnRange(warningsColumn), ref(warningsColumn) + top + ">0"); //$NON-NLS-1$
		Highlights.note(sheet, columnRange(completenessColumn), "AND(ISNUMBER(" + ref(completenessColumn) + top + ")," //$NON-NLS-1$ //$NON-NLS-2$
				+ ref(completenessColumn) + top + "<100)"); //$NON-NLS-1$
		Highlights.fail(sheet, columnRange(statusColumn), ref(statusColumn) + top + "<>\"" + Messages.Status_ok + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		if (unmetColumn >= 0) {
			Highlights.fail(sheet, columnRange(unmetColumn), ref(unmetColumn) + top + ">0"); //$NON-NLS-1$
			Highlights.note(sheet, columnRange(missingColumn), ref(missingColumn) + top + ">0"); //$NON-NLS-1$
		}
		below(Indicator.OUTPUT, Messages.Column_minOutput, "<"); //$NON-NLS-1$
		below(Indicator.SME_SHARE, Messages.Column_minSmeShare, "<"); //$NON-NLS-1$
		// the leading industry must exceed its threshold (大于70%): equal fails
		below(Indicator.LEADING_SHARE, Messages.Column_minLeadingShare, "<="); //$NON-NLS-1$
		below(Indicator.AVERAGE_GROWTH, Messages.Column_minAverageGrowth, "<"); //$NON-NLS-1$
	}

	/** Marks the indicator's cells (every year) that fall below the threshold in the row's criteria column. */
	private void below(Indicator indicator, String criterion, String operator) {
		Map<Integer, Integer> byYear = indicatorColumns.get(indicator);
		Integer limit = criteriaColumns.get(criterion);
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
