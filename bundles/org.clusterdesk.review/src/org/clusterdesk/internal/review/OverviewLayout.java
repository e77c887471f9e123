/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clusterdesk.internal.export.xlsx.TextWidth;
import org.eclipse.osgi.util.NLS;

/**
 * The overview's columns for a set of summaries, without any toolkit: the review workbook writes its Overview sheet
 * from them and the Review view shows them in a table, so both have the same columns by construction. Each column
 * knows its headers, what kind of value it holds, its width, the value of a row, and whether a cell is highlighted —
 * the same cells the sheet's conditional formatting marks.
 */
public final class OverviewLayout {

	/** What a column holds, and so how it is aligned, formatted and sorted. */
	public enum Kind {
		TEXT, CENTRED, WRAPPED, INTEGER, DECIMAL;

		/** Whether the values are numbers (sorted numerically, right-aligned). */
		public boolean numeric() {
			return this == INTEGER || this == DECIMAL;
		}
	}

	/** A highlighted cell: a failed check (light red) or worth a look (light yellow), with the sheet's colours. */
	public enum Mark {
		/** Excel's "light red fill with dark red text", the fill reviewers know for a failed check. */
		FAIL("FFC7CE", "9C0006"), //$NON-NLS-1$ //$NON-NLS-2$
		/** Excel's "yellow fill with dark yellow text": worth a look, not a failure. */
		NOTE("FFEB9C", "9C5700"); //$NON-NLS-1$ //$NON-NLS-2$

		private final String fill;

		private final String font;

		Mark(String fill, String font) {
			this.fill = fill;
			this.font = font;
		}

		/** The background as RRGGBB. */
		public String fill() {
			return fill;
		}

		/** The text colour as RRGGBB. */
		public String font() {
			return font;
		}
	}

	/**
	 * One column.
	 *
	 * @param group  the header over several columns (an indicator over its years), or null for a lone header
	 * @param header the column's own header
	 * @param kind   what the values are
	 * @param width  in characters (a Chinese character counts two)
	 * @param value  a row's value: String, Integer, Double or null
	 * @param mark   a row's highlight, or null when the cell is not highlighted
	 * @param rankOf the indicator a rank column ranks, else null
	 */
	public record Column(String group, String header, Kind kind, int width, Function<ApplicationSummary, Object> value,
			Function<ApplicationSummary, Mark> mark, Indicator rankOf) {

		/** The header as one line: group and header, e.g. {@code 集群总产值（亿元） 2024年}. */
		public String title() {
			return group == null ? header : group + " " + header; //$NON-NLS-1$
		}

		public Object valueOf(ApplicationSummary summary) {
			return value.apply(summary);
		}

		/** The highlight of a row's cell, or null. */
		public Mark markOf(ApplicationSummary summary) {
			return mark == null ? null : mark.apply(summary);
		}
	}

	/** The status column wraps the reason a file could not be read at this width. */
	static final int STATUS_WIDTH = 40;

	private static final Function<ApplicationSummary, Mark> NONE = null;

	private final List<ApplicationSummary> summaries;

	private final List<Column> columns = new ArrayList<>();

	/** Column index per indicator and year (year 0 for single-valued indicators). */
	private final Map<Indicator, Map<Integer, Integer>> indicatorColumns = new LinkedHashMap<>();

	private final Map<String, Integer> criteriaColumns = new HashMap<>();

	private final Map<Indicator, Map<ApplicationSummary, Integer>> ranks = new HashMap<>();

	private int editionColumn;

	private int eligibleColumn;

	private int errorsColumn;

	private int warningsColumn;

	private int completenessColumn;

	private int statusColumn;

	private int unmetColumn = -1;

	private int missingColumn = -1;

	private OverviewLayout(List<ApplicationSummary> summaries) {
		this.summaries = summaries;
	}

	/** The columns for these summaries: indicator years, review, library and criteria columns only where one has them. */
	public static OverviewLayout of(List<ApplicationSummary> summaries) {
		OverviewLayout layout = new OverviewLayout(List.copyOf(summaries));
		layout.layout();
		return layout;
	}

	public List<Column> columns() {
		return Collections.unmodifiableList(columns);
	}

	/** The summaries the layout was made for, in order. */
	public List<ApplicationSummary> summaries() {
		return summaries;
	}

	/** The reading status of a row: 已读取, or why the file could not be read. */
	public static String status(ApplicationSummary s) {
		return s.readable() ? Messages.Status_ok : NLS.bind(Messages.Status_unreadable, reason(s));
	}

	/** A load error opens with the file's path, and ":line:column" where known. */
	private static final Pattern LOCATED = Pattern.compile("^:(\\d+):(\\d+)[：:]\\s*(.*)$", Pattern.DOTALL); //$NON-NLS-1$

	/**
	 * Why a file could not be read, without the path the row's file column already shows (so that the reason itself
	 * is what a narrow cell shows): "第 3 行第 17 列：…" rather than "/long/path/x.cluster:3:17：…".
	 */
	static String reason(ApplicationSummary s) {
		String message = s.loadError();
		String name = s.file() == null ? null : java.nio.file.Path.of(s.file()).getFileName().toString();
		int at = name == null || name.isEmpty() ? -1 : message.indexOf(name);
		if (at < 0 || message.substring(0, at).contains(" ")) { //$NON-NLS-1$
			return message;
		}
		String rest = message.substring(at + name.length());
		Matcher located = LOCATED.matcher(rest);
		if (located.matches()) {
			return NLS.bind(Messages.Status_located, new Object[] { located.group(1), located.group(2), located.group(3) });
		}
		return rest.startsWith("：") || rest.startsWith(":") ? rest.substring(1).strip() : message; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The rank of a row within its edition on its latest data year (ties share a rank), or null. */
	public Integer rank(Indicator indicator, ApplicationSummary s) {
		Map<ApplicationSummary, Integer> byRow = ranks.get(indicator);
		return byRow == null ? null : byRow.get(s);
	}

	private void layout() {
		add(null, Messages.Column_serial, Kind.CENTRED, 6, ApplicationSummary::serial, NONE);
		add(null, Messages.Column_name, Kind.TEXT, width(ApplicationSummary::name, 16, 40), ApplicationSummary::name, NONE);
		add(null, Messages.Column_file, Kind.TEXT, width(ApplicationSummary::file, 12, 40), ApplicationSummary::file, NONE);
		editionColumn = add(null, Messages.Column_edition, Kind.TEXT, width(ApplicationSummary::editionId, 10, 24), ApplicationSummary::editionId,
				NONE);
		add(null, Messages.Column_kind, Kind.CENTRED, width(ApplicationSummary::kind, 10, 20), ApplicationSummary::kind, NONE);
		add(null, Messages.Column_region, Kind.TEXT, width(ApplicationSummary::region, 12, 30), ApplicationSummary::region, NONE);
		eligibleColumn = add(null, Messages.Column_eligible, Kind.CENTRED, 10,
				s -> s.eligible() == null ? null : s.eligible() ? Messages.Value_yes : Messages.Value_no,
				s -> Boolean.FALSE.equals(s.eligible()) ? Mark.FAIL : null);
		errorsColumn = add(null, Messages.Column_errors, Kind.INTEGER, 8, s -> s.readable() ? s.errors() : null,
				s -> s.readable() && s.errors() > 0 ? Mark.FAIL : null);
		warningsColumn = add(null, Messages.Column_warnings, Kind.INTEGER, 8, s -> s.readable() ? s.warnings() : null,
				s -> s.readable() && s.warnings() > 0 ? Mark.NOTE : null);
		completenessColumn = add(null, Messages.Column_completeness, Kind.INTEGER, 10, ApplicationSummary::completeness,
				s -> s.completeness() != null && s.completeness() < 100 ? Mark.NOTE : null);
		statusColumn = add(null, Messages.Column_status, Kind.WRAPPED, width(OverviewLayout::status, 10, STATUS_WIDTH), OverviewLayout::status,
				s -> s.readable() ? null : Mark.FAIL);

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
					byYear.put(year, add(indicator.label(), NLS.bind(Messages.Year_column, year), Kind.DECIMAL, 10, s -> s.value(indicator, year),
							s -> below(indicator, s, s.value(indicator, year))));
				}
			} else {
				byYear.put(0, add(null, indicator.label(), Kind.DECIMAL, 14, s -> s.value(indicator, null), s -> below(indicator, s, s.value(indicator, null))));
			}
			indicatorColumns.put(indicator, byYear);
		}

		if (summaries.stream().anyMatch(s -> s.met() != null)) {
			add(Messages.Group_review, Messages.Column_met, Kind.INTEGER, 8, ApplicationSummary::met, NONE);
			unmetColumn = add(Messages.Group_review, Messages.Column_unmet, Kind.INTEGER, 8, ApplicationSummary::unmet,
					s -> s.unmet() != null && s.unmet() > 0 ? Mark.FAIL : null);
			missingColumn = add(Messages.Group_review, Messages.Column_missing, Kind.INTEGER, 8, ApplicationSummary::missing,
					s -> s.missing() != null && s.missing() > 0 ? Mark.NOTE : null);
		}
		if (summaries.stream().anyMatch(ApplicationSummary::hasLibraries)) {
			for (LibraryCount count : LibraryCount.values()) {
				add(Messages.Group_library, count.label(), Kind.INTEGER, Math.max(8, TextWidth.of(count.label()) / 2 + 2), s -> s.library(count), NONE);
			}
		}
		for (Indicator indicator : indicatorColumns.keySet()) {
			if (indicator.rank() != null) {
				ranks.put(indicator, ranks(indicator));
				columns.add(new Column(Messages.Group_rank, indicator.rankLabel(), Kind.INTEGER,
						Math.max(8, TextWidth.of(indicator.rankLabel()) / 2 + 2), s -> rank(indicator, s), NONE, indicator));
			}
		}
		if (summaries.stream().anyMatch(s -> s.minOutput() != null || s.minAverageGrowth() != null)) {
			criterion(Messages.Column_minOutput, ApplicationSummary::minOutput);
			criterion(Messages.Column_minSmeShare, ApplicationSummary::minSmeShare);
			criterion(Messages.Column_minLeadingShare, ApplicationSummary::minLeadingShare);
			criterion(Messages.Column_minAverageGrowth, ApplicationSummary::minAverageGrowth);
		}
	}

	/**
	 * FAIL when the value falls below the row's threshold for the indicator, as the sheet marks it: only when the
	 * criteria columns are shown, and the leading industry fails at its threshold too (it must exceed it, 大于70%).
	 */
	private Mark below(Indicator indicator, ApplicationSummary s, Double value) {
		String criterion = criterionOf(indicator);
		if (value == null || criterion == null || !criteriaColumns.containsKey(criterion)) {
			return null;
		}
		Double threshold = switch (indicator) {
		case OUTPUT -> s.minOutput();
		case SME_SHARE -> s.minSmeShare();
		case LEADING_SHARE -> s.minLeadingShare();
		case AVERAGE_GROWTH -> s.minAverageGrowth();
		default -> null;
		};
		if (threshold == null) {
			return null;
		}
		return indicator.key().fallsShort(value, threshold) ? Mark.FAIL : null;
	}

	/** The criteria column an indicator is held against, or null. */
	static String criterionOf(Indicator indicator) {
		return switch (indicator) {
		case OUTPUT -> Messages.Column_minOutput;
		case SME_SHARE -> Messages.Column_minSmeShare;
		case LEADING_SHARE -> Messages.Column_minLeadingShare;
		case AVERAGE_GROWTH -> Messages.Column_minAverageGrowth;
		default -> null;
		};
	}

	private void criterion(String header, Function<ApplicationSummary, Double> value) {
		criteriaColumns.put(header, add(Messages.Group_criteria, header, Kind.DECIMAL, 12, value::apply, NONE));
	}

	private int add(String group, String header, Kind kind, int width, Function<ApplicationSummary, Object> value,
			Function<ApplicationSummary, Mark> mark) {
		columns.add(new Column(group, header, kind, width, value, mark, null));
		return columns.size() - 1;
	}

	private int width(Function<ApplicationSummary, String> text, int min, int max) {
		int widest = min;
		for (ApplicationSummary s : summaries) {
			widest = Math.max(widest, TextWidth.of(text.apply(s)) + 2);
		}
		return Math.min(max, widest);
	}

	/** The ranks the sheet's COUNTIFS formulas compute: 1 + the number of the same edition with a better value. */
	private Map<ApplicationSummary, Integer> ranks(Indicator indicator) {
		// group the values by edition once: a batch of a thousand compares within groups, not all pairs
		Map<String, List<Double>> byEdition = new HashMap<>();
		for (ApplicationSummary s : summaries) {
			Double value = rankable(indicator, s);
			if (value != null) {
				byEdition.computeIfAbsent(s.editionId(), k -> new ArrayList<>()).add(value);
			}
		}
		Map<ApplicationSummary, Integer> result = new HashMap<>();
		for (ApplicationSummary s : summaries) {
			Double value = rankable(indicator, s);
			if (value == null) {
				continue;
			}
			int better = 0;
			for (double v : byEdition.get(s.editionId())) {
				if (indicator.rank() == Indicator.Rank.HIGHER_FIRST ? v > value : v < value) {
					better++;
				}
			}
			result.put(s, better + 1);
		}
		return result;
	}

	/** The value a row is ranked on, when it has a column for it (an edition without the latest year has none). */
	private Double rankable(Indicator indicator, ApplicationSummary s) {
		if (!s.readable() || s.editionId() == null) {
			return null;
		}
		Map<Integer, Integer> byYear = indicatorColumns.get(indicator);
		if (byYear == null || !byYear.containsKey(indicator.yearly() ? s.latestYear() : Integer.valueOf(0))) {
			return null;
		}
		return s.rankedValue(indicator);
	}

	// ---------------------------------------------------------------- for the sheet's formulas

	int editionColumn() {
		return editionColumn;
	}

	int eligibleColumn() {
		return eligibleColumn;
	}

	int errorsColumn() {
		return errorsColumn;
	}

	int warningsColumn() {
		return warningsColumn;
	}

	int completenessColumn() {
		return completenessColumn;
	}

	int statusColumn() {
		return statusColumn;
	}

	/** -1 when no row is a re-review. */
	int unmetColumn() {
		return unmetColumn;
	}

	int missingColumn() {
		return missingColumn;
	}

	/** Column per year (0 for a single value) of an indicator, or null when it has none. */
	Map<Integer, Integer> indicatorColumns(Indicator indicator) {
		return indicatorColumns.get(indicator);
	}

	/** The column of a criterion (by its header), or null when the criteria are not shown. */
	Integer criterionColumn(String header) {
		return criteriaColumns.get(header);
	}
}
