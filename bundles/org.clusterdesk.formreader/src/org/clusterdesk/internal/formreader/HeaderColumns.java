/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a form's table named by its header: one header row, or two where a group stands over its sub-headers
 * (企业所在地 over 市州 / 县（市）区 / 所在园区, 企业联系人 over 姓名 / 联系电话). Each grid column is named by the lowest
 * header cell over it, so a column is found by the form's wording of it wherever it stands, and a data row's cell by
 * the grid column it starts at (cells merged across columns counted as such).
 */
final class HeaderColumns {

	/** Per grid column: the key of the header naming it, and of the group over it ("" when none). */
	private final List<String> names = new ArrayList<>();

	private final List<String> groups = new ArrayList<>();

	private HeaderColumns() {
	}

	/** The columns of a header of one row, or of a group row and the row of sub-headers under it. */
	static HeaderColumns of(DocxGrid.Item top, DocxGrid.Item sub) {
		HeaderColumns h = new HeaderColumns();
		int[] topStarts = starts(top);
		int width = topStarts[top.cells.size()];
		int[] subStarts = sub == null ? null : starts(sub);
		for (int column = 0; column < width; column++) {
			String group = Values.key(top.cell(covering(topStarts, column)));
			String name = group;
			if (sub != null) {
				int at = covering(subStarts, column);
				if (at >= 0 && !sub.cells.get(at).continued() && !sub.cell(at).isBlank()) {
					name = Values.key(sub.cell(at));
				}
			}
			h.names.add(name);
			h.groups.add(name.equals(group) ? "" : group); //$NON-NLS-1$
		}
		return h;
	}

	/**
	 * The first grid column the header names so: its header is the label (best), or begins with it (企业概况（填写主营
	 * 业务…）for 企业概况); -1 when none.
	 */
	int column(String label) {
		String key = Values.key(label);
		if (key.isEmpty()) {
			return -1;
		}
		for (int pass = 0; pass < 2; pass++) {
			for (int c = 0; c < names.size(); c++) {
				if (pass == 0 ? names.get(c).equals(key) : names.get(c).startsWith(key)) {
					return c;
				}
			}
		}
		return -1;
	}

	/** The first grid column named so under a group the header words so (姓名 under 企业联系人); -1 when none. */
	int column(String group, String label) {
		String g = Values.key(group);
		String key = Values.key(label);
		for (int c = 0; c < names.size(); c++) {
			if (names.get(c).equals(key) && groups.get(c).startsWith(g)) {
				return c;
			}
		}
		return column(label);
	}

	int width() {
		return names.size();
	}

	/** Whether a row is the header again (retyped under a page break, or a copy of it): its cells are the header's names. */
	boolean isHeader(DocxGrid.Item row) {
		int[] s = starts(row);
		int same = 0;
		for (int c = 0; c < row.cells.size(); c++) {
			String text = Values.key(row.cell(c));
			if (!text.isEmpty() && s[c] < names.size() && (text.equals(names.get(s[c])) || text.equals(groups.get(s[c])))) {
				same++;
			}
		}
		return same >= 2;
	}

	/** The text of the cell of a row that starts at the grid column; "" when no cell starts there. */
	static String cellAt(DocxGrid.Item row, int column) {
		if (column < 0) {
			return ""; //$NON-NLS-1$
		}
		int[] s = starts(row);
		for (int c = 0; c < row.cells.size(); c++) {
			if (s[c] == column) {
				return row.cells.get(c).continued() ? "" : row.cell(c); //$NON-NLS-1$
			}
		}
		return ""; //$NON-NLS-1$
	}

	/** The lines of the cell of a row that starts at the grid column; none when no cell starts there. */
	static List<String> linesAt(DocxGrid.Item row, int column) {
		int[] s = starts(row);
		for (int c = 0; c < row.cells.size(); c++) {
			if (s[c] == column && column >= 0) {
				return row.cells.get(c).filled();
			}
		}
		return List.of();
	}

	/** The grid column each cell of a row starts at, and (last) the row's width in grid columns. */
	static int[] starts(DocxGrid.Item row) {
		int[] starts = new int[row.cells.size() + 1];
		for (int c = 0; c < row.cells.size(); c++) {
			starts[c + 1] = starts[c] + row.cells.get(c).span();
		}
		return starts;
	}

	/** The cell covering a grid column; -1 beyond the row. */
	static int covering(int[] starts, int column) {
		for (int c = 0; c < starts.length - 1; c++) {
			if (starts[c] <= column && column < starts[c + 1]) {
				return c;
			}
		}
		return -1;
	}
}
