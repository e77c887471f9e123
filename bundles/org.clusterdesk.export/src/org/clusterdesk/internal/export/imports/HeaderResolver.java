/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.export.ImportProblem.Severity;
import org.clusterdesk.internal.export.imports.ColumnAliases.Aliases;
import org.clusterdesk.internal.export.xlsx.LibraryField;
import org.clusterdesk.internal.export.xlsx.LibraryTable;
import org.eclipse.osgi.util.NLS;

/**
 * Finds a library table in the top rows of a sheet, as staff lay it out: title rows above, a one- or two-row header
 * (group headers resolved through merged regions, or over blank neighbours when nobody merged), columns in any order
 * and worded a little differently. The header row is the one that names an entry (企业名称, 项目名称) among the most
 * other known headers; the library is the one whose columns match best, a hint in the sheet name or title (现有企业,
 * 拟引进, 在建, 拟建) breaking ties. Without such a hint at least half of the library's columns must be there, so that
 * other tables sharing a few headers (the top-ten enterprises, the key projects) are left alone.
 */
final class HeaderResolver {

	private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*"); //$NON-NLS-1$

	/** Scores below this do not bind a column. */
	static final double ACCEPT = 0.6;

	/** A header cell "is" a known header from this score on (used to find the header row). */
	private static final double KNOWN = 0.8;

	/** Known headers that make a row the header without looking further. */
	private static final int FIRM_HEADER = 3;

	/** Weight of a library's name in the sheet name or title: decides between similar tables, never alone. */
	private static final double KEYWORD_BONUS = 2.5;

	/** Fields whose absence is not worth a note: the running number and the columns the form does not have. */
	private static final Set<LibraryField> OPTIONAL = EnumSet.of(LibraryField.SERIAL, LibraryField.LISTED,
			LibraryField.HIGH_TECH);

	/** A column's header: the group above (or the single header) and the header below it. */
	private record Header(int column, String top, String sub) {

		String display() {
			return sub.isEmpty() ? top : top.isEmpty() ? sub : top + "/" + sub; //$NON-NLS-1$
		}
	}

	private record Candidate(Header header, LibraryField field, double score) {
	}

	private HeaderResolver() {
	}

	/** Whether the top rows have a header row at all: else the sheet is no library and its merges are not needed. */
	static boolean hasHeader(List<ScannedRow> rows) {
		return headerRow(rows) >= 0;
	}

	/** The layout, or null when the top rows hold no library table. */
	static SheetLayout resolve(String sheetName, List<ScannedRow> rows, List<CellRangeAddress> merges) {
		int headerIndex = headerRow(rows);
		if (headerIndex < 0) {
			return null;
		}
		ScannedRow headerRow = rows.get(headerIndex);
		int subNumber = subRow(rows, headerIndex, merges);
		ScannedRow subRow = null;
		for (ScannedRow row : rows) {
			if (row.number() == subNumber) {
				subRow = row;
			}
		}
		List<Header> headers = headers(headerRow, subRow, merges);
		StringBuilder context = new StringBuilder(HeaderText.normalise(sheetName));
		for (int i = 0; i < headerIndex; i++) {
			for (RawCell cell : rows.get(i).cells()) {
				context.append(HeaderText.normalise(cell.text()));
			}
		}
		LibraryTable best = null;
		List<Candidate> bestBinding = null;
		double bestScore = 0;
		for (LibraryTable table : LibraryTable.values()) {
			List<Candidate> binding = bind(headers, ColumnAliases.of(table));
			if (binding.stream().noneMatch(c -> c.field() == LibraryField.NAME)) {
				continue;
			}
			double score = 0;
			int bound = 0;
			for (Candidate c : binding) {
				if (c.field() != LibraryField.SERIAL) {
					score += c.score();
					bound += OPTIONAL.contains(c.field()) ? 0 : 1;
				}
			}
			boolean named = context.indexOf(ColumnAliases.keyword(table)) >= 0;
			if (!named && 2 * bound < required(table)) {
				// a table that merely shares a few headers (top-ten enterprises, key projects) is not a library
				continue;
			}
			if (named) {
				score += KEYWORD_BONUS;
			}
			if (score > bestScore) {
				bestScore = score;
				best = table;
				bestBinding = binding;
			}
		}
		if (best == null) {
			return null;
		}
		int headerLast = Math.max(headerRow.number(), subNumber);
		return layout(sheetName, best, headerRow.number(), headerLast, headers, bestBinding);
	}

	/** Fields a complete table of the library has (the running number and the extra marks not counted). */
	private static int required(LibraryTable table) {
		int n = 0;
		for (LibraryField field : ColumnAliases.of(table).keySet()) {
			n += OPTIONAL.contains(field) ? 0 : 1;
		}
		return n;
	}

	/**
	 * Index of the header row: the first that names an entry (企业名称, 项目名称) among at least {@value #FIRM_HEADER}
	 * known headers, else the one with most known headers beside the name (at least one).
	 */
	private static int headerRow(List<ScannedRow> rows) {
		int best = -1;
		int bestCount = 1;
		for (int i = 0; i < rows.size(); i++) {
			int count = 0;
			boolean names = false;
			for (RawCell cell : rows.get(i).cells()) {
				if (cell.type() != RawCell.Type.TEXT) {
					continue;
				}
				String text = HeaderText.normalise(cell.text());
				if (text.length() > HeaderText.MAX_HEADER_LENGTH) {
					continue;
				}
				for (LibraryTable table : LibraryTable.values()) {
					boolean known = false;
					for (Map.Entry<LibraryField, Aliases> entry : ColumnAliases.of(table).entrySet()) {
						Aliases aliases = entry.getValue();
						double score = Math.max(best(text, aliases.names()), best(text, aliases.parents()));
						if (score >= KNOWN) {
							known = true;
							names |= entry.getKey() == LibraryField.NAME && best(text, aliases.names()) >= KNOWN;
						}
					}
					if (known) {
						count++;
						break;
					}
				}
			}
			if (names && count >= FIRM_HEADER) {
				// the first table of the sheet, when several are stacked
				return i;
			}
			if (names && count > bestCount) {
				best = i;
				bestCount = count;
			}
		}
		return best;
	}

	/**
	 * The number of the second header row, or 0: the row below when merged regions of the header row reach into it,
	 * or when it holds the lower headers of known groups (市州, 姓名, 国内品牌企业) and nothing under the name column.
	 */
	private static int subRow(List<ScannedRow> rows, int headerIndex, List<CellRangeAddress> merges) {
		int header = rows.get(headerIndex).number();
		for (CellRangeAddress merge : merges) {
			if (merge.getFirstRow() == header - 1 && merge.getLastRow() > merge.getFirstRow()) {
				return header + 1;
			}
		}
		if (headerIndex + 1 >= rows.size() || rows.get(headerIndex + 1).number() != header + 1) {
			return 0;
		}
		ScannedRow next = rows.get(headerIndex + 1);
		int known = 0;
		for (RawCell cell : next.cells()) {
			String text = cell.type() == RawCell.Type.TEXT ? HeaderText.normalise(cell.text()) : ""; //$NON-NLS-1$
			for (LibraryTable table : LibraryTable.values()) {
				boolean matched = false;
				for (Aliases aliases : ColumnAliases.of(table).values()) {
					if (!aliases.parents().isEmpty() && best(text, aliases.names()) >= KNOWN) {
						matched = true;
						break;
					}
				}
				if (matched) {
					known++;
					break;
				}
			}
		}
		return known > 0 && 2 * known >= next.cells().size() ? header + 1 : 0;
	}

	/** Every column's header, the group text carried over merged or blank neighbours. */
	private static List<Header> headers(ScannedRow headerRow, ScannedRow subRow, List<CellRangeAddress> merges) {
		int header0 = headerRow.number() - 1;
		TreeSet<Integer> columns = new TreeSet<>();
		headerRow.cells().forEach(c -> columns.add(c.column()));
		if (subRow != null) {
			subRow.cells().forEach(c -> columns.add(c.column()));
		}
		for (CellRangeAddress merge : merges) {
			if (merge.getFirstRow() <= header0 && merge.getLastRow() >= header0 && merge.getLastColumn() < 1024) {
				for (int c = merge.getFirstColumn(); c <= merge.getLastColumn(); c++) {
					columns.add(c);
				}
			}
		}
		List<Header> headers = new ArrayList<>();
		String openGroup = null;
		for (int c : columns) {
			String top = text(headerRow.textAt(c));
			boolean verticalMerge = false;
			CellRangeAddress merge = mergeAt(merges, header0, c);
			if (merge != null) {
				if (top.isEmpty()) {
					top = text(headerRow.textAt(merge.getFirstColumn()));
				}
				verticalMerge = merge.getLastRow() > header0 && merge.getFirstColumn() == merge.getLastColumn();
			}
			String sub = subRow == null || verticalMerge ? "" : text(subRow.textAt(c)); //$NON-NLS-1$
			if (top.isEmpty() && !sub.isEmpty() && merge == null && openGroup != null) {
				// a group header nobody merged: it stands over its first column only
				top = openGroup;
			}
			openGroup = !sub.isEmpty() && !top.isEmpty() ? top : null;
			if (top.isEmpty() && !sub.isEmpty()) {
				// a lower header with nothing above reads as a one-row header
				headers.add(new Header(c, sub, "")); //$NON-NLS-1$
			} else if (!top.isEmpty()) {
				headers.add(new Header(c, top, sub));
			}
		}
		return headers;
	}

	private static CellRangeAddress mergeAt(List<CellRangeAddress> merges, int row0, int column) {
		for (CellRangeAddress merge : merges) {
			if (merge.isInRange(row0, column)) {
				return merge;
			}
		}
		return null;
	}

	/** Greedy: the best-scoring pairs first, each column and each field bound once. */
	private static List<Candidate> bind(List<Header> headers, Map<LibraryField, Aliases> fields) {
		List<Candidate> all = new ArrayList<>();
		for (Header header : headers) {
			for (Map.Entry<LibraryField, Aliases> entry : fields.entrySet()) {
				double score = score(header, entry.getValue());
				if (score >= ACCEPT) {
					all.add(new Candidate(header, entry.getKey(), score));
				}
			}
		}
		all.sort(Comparator.comparingDouble(Candidate::score).reversed()
				.thenComparingInt(c -> c.header().column()));
		List<Candidate> chosen = new ArrayList<>();
		Set<Integer> usedColumns = new TreeSet<>();
		Set<LibraryField> usedFields = EnumSet.noneOf(LibraryField.class);
		for (Candidate c : all) {
			if (!usedColumns.contains(c.header().column()) && !usedFields.contains(c.field())) {
				chosen.add(c);
				usedColumns.add(c.header().column());
				usedFields.add(c.field());
			}
		}
		return chosen;
	}

	/**
	 * A field's score for a column: by its own header, the group header confirming (a lower header under an unknown
	 * group scores less); a one-row header is matched on its own.
	 */
	private static double score(Header header, Aliases aliases) {
		String top = HeaderText.normalise(header.top());
		String sub = HeaderText.normalise(header.sub());
		if (sub.isEmpty()) {
			return best(top, aliases.names());
		}
		double own = best(sub, aliases.names());
		if (aliases.parents().isEmpty()) {
			return own;
		}
		return own * (0.6 + 0.4 * best(top, aliases.parents()));
	}

	private static double best(String text, List<String> aliases) {
		double best = 0;
		for (String alias : aliases) {
			best = Math.max(best, HeaderText.score(text, alias));
		}
		return best;
	}

	private static SheetLayout layout(String sheetName, LibraryTable table, int headerRow, int headerLast,
			List<Header> headers, List<Candidate> binding) {
		List<ImportProblem> notes = new ArrayList<>();
		Map<Integer, ColumnBinding> bindings = new TreeMap<>();
		Map<LibraryField, Header> byField = new EnumMap<>(LibraryField.class);
		for (Candidate c : binding) {
			int divisor = 1;
			if ((c.field() == LibraryField.REVENUE || c.field() == LibraryField.INVESTMENT)
					&& CellText.halfWidth(c.header().display()).contains("\u4e07\u5143")) { //$NON-NLS-1$
				divisor = 10_000;
				notes.add(note(sheetName, headerLast, c.header(), Messages.Reason_tenThousand));
			}
			bindings.put(c.header().column(), new ColumnBinding(c.header().column(), c.field(), c.header().display(), divisor));
			byField.put(c.field(), c.header());
		}
		Map<LibraryField, Aliases> fields = ColumnAliases.of(table);
		for (Header header : headers) {
			if (bindings.containsKey(header.column())) {
				continue;
			}
			LibraryField duplicateOf = null;
			for (Map.Entry<LibraryField, Aliases> entry : fields.entrySet()) {
				if (score(header, entry.getValue()) >= ACCEPT && byField.containsKey(entry.getKey())) {
					duplicateOf = entry.getKey();
					break;
				}
			}
			String reason = duplicateOf == null ? Messages.Reason_unknownColumn
					: NLS.bind(Messages.Reason_duplicateColumn, CellReference.convertNumToColString(byField.get(duplicateOf).column()),
							byField.get(duplicateOf).display());
			notes.add(note(sheetName, headerLast, header, reason));
		}
		for (LibraryField field : fields.keySet()) {
			if (!byField.containsKey(field) && !OPTIONAL.contains(field)) {
				String wording = table.columns(2000).stream().filter(c -> c.field() == field).findFirst()
						.map(c -> c.column().header()).orElse(field.name()).replaceFirst("^\\d{4}\u5e74", ""); //$NON-NLS-1$ //$NON-NLS-2$
				notes.add(new ImportProblem(Severity.WARNING, sheetName, headerRow, wording, null, null,
						NLS.bind(Messages.Reason_missingColumn, wording)));
			}
		}
		return new SheetLayout(table, headerLast, List.copyOf(bindings.values()), notes);
	}

	private static ImportProblem note(String sheet, int row, Header header, String reason) {
		return new ImportProblem(Severity.WARNING, sheet, row, header.display(),
				CellReference.convertNumToColString(header.column()), null, reason);
	}

	/** A header cell's text on one line (联系\n电话 → 联系电话), as the problem list shows it. */
	private static String text(String value) {
		return value == null ? "" : LINE_BREAKS.matcher(value).replaceAll("").trim(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
