/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * Text copied from a spreadsheet (Excel, WPS, LibreOffice): rows separated by line breaks, cells by tabs; a cell holding
 * a tab, a line break or a quote is quoted, inner quotes doubled. Trailing empty rows are dropped.
 */
public final class TabSeparated {

	private TabSeparated() {
	}

	/** The rows and cells of the text. */
	public static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int i = 0;
		int n = text.length();
		boolean cellStart = true;
		while (i < n) {
			char c = text.charAt(i);
			if (cellStart && c == '"') {
				// a quoted cell: up to the closing quote not followed by another quote
				int j = i + 1;
				StringBuilder quoted = new StringBuilder();
				boolean closed = false;
				while (j < n) {
					char d = text.charAt(j);
					if (d == '"') {
						if (j + 1 < n && text.charAt(j + 1) == '"') {
							quoted.append('"');
							j += 2;
							continue;
						}
						closed = true;
						j++;
						break;
					}
					quoted.append(d);
					j++;
				}
				if (closed && (j >= n || text.charAt(j) == '\t' || text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
					cell.append(quoted);
					i = j;
					cellStart = false;
					continue;
				}
				// not a well-formed quoted cell: the quote is just a character
			}
			cellStart = false;
			if (c == '\t') {
				row.add(cell.toString());
				cell.setLength(0);
				cellStart = true;
			} else if (c == '\r' || c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				cellStart = true;
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
			} else {
				cell.append(c);
			}
			i++;
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isBlank)) {
			rows.remove(rows.size() - 1);
		}
		return rows;
	}
}
