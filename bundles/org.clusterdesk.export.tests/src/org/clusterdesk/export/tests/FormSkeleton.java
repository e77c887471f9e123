/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The skeleton of a form: its headings and, per table, per row, what each cell is — the form's printed text (a label,
 * a header, a prompt), {@code _} for a cell to fill, {@code ^} for a cell merged with the one above — and {@code …} for
 * the rows of a list the filer fills (any number of them). Whitespace is not part of a skeleton.
 *
 * <p>
 * It is read two ways: from an exported Word file (what the export prints), and from a transcription of the official
 * form typed from its text (src/../forms/*.skeleton), so that a test can compare the two line by line.
 */
final class FormSkeleton {

	static final String FILL = "_";

	static final String MERGED = "^";

	static final String LIST_ROWS = "…";

	static final String TABLE = "--";

	static final String HEADING = "## ";

	/** Starts rows the form lets the filer repeat ({@code {+} once or more, {@code {*} any number of times). */
	static final String REPEAT_ONCE_OR_MORE = "{+";

	static final String REPEAT_ANY = "{*";

	static final String REPEAT_END = "}";

	private static final Pattern SPACE = Pattern.compile("[\\s\u3000]+");

	private FormSkeleton() {
	}

	/** Whitespace removed: a line break or an indent is not part of the form's wording. */
	static String normal(String text) {
		return SPACE.matcher(text == null ? "" : text).replaceAll("");
	}

	/** The lines of a transcription; comments ({@code #} at the start) and blank lines dropped, rows normalised. */
	static List<String> transcription(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String l = line.strip();
			if (l.isEmpty() || l.startsWith("# ") || l.equals("#")) {
				continue;
			}
			lines.add(normalLine(l));
		}
		return collapse(lines);
	}

	private static String normalLine(String line) {
		if (line.startsWith("##")) {
			return HEADING + normal(line.substring(2));
		}
		if (line.equals(TABLE) || line.equals(LIST_ROWS) || line.equals(REPEAT_END)) {
			return line;
		}
		if (line.startsWith(REPEAT_ONCE_OR_MORE) || line.startsWith(REPEAT_ANY)) {
			// the rest of the line is the form's own words that allow it (如有2个，另行加行)
			return line.substring(0, 2);
		}
		List<String> cells = new ArrayList<>();
		for (String cell : line.split("\\|", -1)) {
			cells.add(normal(cell));
		}
		return String.join(" | ", cells);
	}

	/**
	 * Headings of what ClusterDesk appends after the form (the attachments index 附件清单, the trend-chart appendix):
	 * the form ends there, so the skeleton does too.
	 */
	private static final List<String> AFTER_THE_FORM = List.of("附件清单", "附件：主要指标趋势图");

	/** The skeleton of an exported document's form, from its first heading up to what is appended after the form. */
	static List<String> of(XWPFDocument docx) {
		List<String> lines = new ArrayList<>();
		for (IBodyElement e : docx.getBodyElements()) {
			if (e instanceof XWPFParagraph p) {
				if (p.getStyle() != null && p.getStyle().startsWith("CDHeading") && !normal(p.getText()).isEmpty()) {
					if (AFTER_THE_FORM.contains(normal(p.getText()))) {
						break;
					}
					lines.add(HEADING + normal(p.getText()));
				}
			} else if (e instanceof XWPFTable t) {
				lines.add(TABLE);
				for (XWPFTableRow row : t.getRows()) {
					lines.add(row(row));
				}
			}
		}
		return collapse(lines);
	}

	private static String row(XWPFTableRow row) {
		boolean header = row.isRepeatHeader();
		List<String> cells = new ArrayList<>();
		for (XWPFTableCell cell : row.getTableCells()) {
			if (DocxTesting.CONTINUE.equals(DocxTesting.vMerge(cell))) {
				cells.add(MERGED);
				continue;
			}
			String text = printed(cell, header);
			cells.add(text.isEmpty() ? FILL : text);
		}
		return String.join(" | ", cells);
	}

	/**
	 * The form's own text in a cell: the paragraphs in a label, header or note style from the cell's start (a label
	 * with its note, a prompt above checkboxes), none when the cell starts with a value; all of it in a header row.
	 */
	private static String printed(XWPFTableCell cell, boolean header) {
		StringBuilder sb = new StringBuilder();
		for (XWPFParagraph p : cell.getParagraphs()) {
			String style = p.getStyle() == null ? "" : p.getStyle();
			boolean printed = header || style.equals("CDTableLabel") || style.equals("CDTableHeader")
					|| style.equals("CDTableNote");
			if (!printed) {
				break;
			}
			sb.append(normal(p.getText()));
		}
		return sb.toString();
	}

	/** Runs of rows without any printed text (a list's rows) become one {@link #LIST_ROWS}. */
	private static List<String> collapse(List<String> lines) {
		List<String> out = new ArrayList<>();
		for (String line : lines) {
			boolean fill = line.equals(LIST_ROWS) || isFillRow(line);
			if (fill) {
				if (!out.isEmpty() && out.get(out.size() - 1).equals(LIST_ROWS)) {
					continue;
				}
				out.add(LIST_ROWS);
			} else {
				out.add(line);
			}
		}
		return out;
	}

	private static boolean isFillRow(String line) {
		if (line.equals(TABLE) || line.startsWith(HEADING)) {
			return false;
		}
		for (String cell : line.split(" \\| ", -1)) {
			if (!cell.equals(FILL) && !cell.equals(MERGED)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The transcription with each block of rows the form lets the filer repeat written out as often as the export
	 * repeats it where the form has it: right after the row that precedes the block where the export has that row, else
	 * at the first place after the last heading that precedes the block (at least once for {@code {+}). A further copy may stand in a
	 * table of its own (the second core park's 3.1 table after the first one's); a block the export prints otherwise
	 * stays once in the form, so that the difference is reported.
	 */
	static List<String> repeated(List<String> form, List<String> export) {
		List<String> out = new ArrayList<>();
		int i = 0;
		while (i < form.size()) {
			String line = form.get(i);
			if (!line.equals(REPEAT_ONCE_OR_MORE) && !line.equals(REPEAT_ANY)) {
				out.add(line);
				i++;
				continue;
			}
			int end = -1;
			for (int k = i + 1; k < form.size(); k++) {
				if (form.get(k).equals(REPEAT_END)) {
					end = k;
					break;
				}
			}
			if (end < 0) {
				throw new IllegalArgumentException("a repeated block without its closing " + REPEAT_END + " after line " + i);
			}
			List<String> block = form.subList(i + 1, end);
			List<Boolean> copies = copies(block, out, export);
			if (copies.isEmpty() && line.equals(REPEAT_ONCE_OR_MORE)) {
				copies = List.of(false);
			}
			for (boolean ownTable : copies) {
				if (ownTable) {
					out.add(TABLE);
				}
				out.addAll(block);
			}
			i = end + 1;
		}
		return out;
	}

	/**
	 * The copies of the block in the export, each saying whether it starts a table of its own, found after the last
	 * heading before the block; none when the block is not there.
	 */
	private static List<Boolean> copies(List<String> block, List<String> before, List<String> export) {
		String heading = null;
		for (int k = before.size() - 1; k >= 0 && heading == null; k--) {
			if (before.get(k).startsWith(HEADING)) {
				heading = before.get(k);
			}
		}
		int from = heading == null ? 0 : Math.max(0, export.indexOf(heading));
		List<Boolean> copies = new ArrayList<>();
		if (block.isEmpty()) {
			return copies;
		}
		// where the export has the row before the block, the copies follow it directly (none when they do not)
		String previous = before.isEmpty() ? null : before.get(before.size() - 1);
		int anchor = previous == null || previous.equals(TABLE) ? -1 : export.subList(from, export.size()).indexOf(previous);
		int last = anchor < 0 ? export.size() : from + anchor + 1;
		if (anchor >= 0) {
			from += anchor + 1;
		}
		for (int j = from; j + block.size() <= export.size() && j <= last; j++) {
			if (!export.subList(j, j + block.size()).equals(block)) {
				continue;
			}
			int at = j;
			while (true) {
				if (at + block.size() <= export.size() && export.subList(at, at + block.size()).equals(block)) {
					copies.add(false);
					at += block.size();
				} else if (!copies.isEmpty() && at + 1 + block.size() <= export.size() && export.get(at).equals(TABLE)
						&& export.subList(at + 1, at + 1 + block.size()).equals(block)) {
					copies.add(true);
					at += 1 + block.size();
				} else {
					return copies;
				}
			}
		}
		return copies;
	}

	/**
	 * The differences between the form and the export as lines {@code - form line} (the export lacks it) and
	 * {@code + export line} (the form has no such line), after the heading they follow, in order (a longest common
	 * subsequence).
	 */
	static List<String> diff(List<String> transcription, List<String> export) {
		List<String> form = repeated(transcription, export);
		int n = form.size();
		int m = export.size();
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = form.get(i).equals(export.get(j)) ? lcs[i + 1][j + 1] + 1
						: Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<String> out = new ArrayList<>();
		String heading = "(start)";
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && form.get(i).equals(export.get(j))) {
				if (form.get(i).startsWith(HEADING)) {
					heading = form.get(i);
				}
				i++;
				j++;
			} else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
				out.add("+ " + export.get(j) + "    @" + heading);
				j++;
			} else {
				out.add("- " + form.get(i) + "    @" + heading);
				i++;
			}
		}
		return out;
	}
}
