/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The overview's columns as a reader finds them: by the header text, or by the group header and the year (or other
 * lower header) under it, e.g. {@code 集群总产值（亿元）/2024年}.
 */
final class OverviewColumns {

	static final int GROUP_ROW = 1;

	static final int HEADER_ROW = 2;

	static final int FIRST_ROW = 3;

	private final Map<String, Integer> columns = new LinkedHashMap<>();

	OverviewColumns(Sheet sheet) {
		Row groups = sheet.getRow(GROUP_ROW);
		Row headers = sheet.getRow(HEADER_ROW);
		String group = null;
		for (int c = 0; c < groups.getLastCellNum(); c++) {
			String g = text(groups.getCell(c));
			String h = text(headers.getCell(c));
			if (!g.isEmpty()) {
				group = g;
			}
			columns.put(h.isEmpty() ? group : group + "/" + h, c);
		}
	}

	int of(String header) {
		Integer c = columns.get(header);
		assertNotNull(c, "no column " + header + " in " + columns.keySet());
		return c;
	}

	boolean has(String header) {
		return columns.containsKey(header);
	}

	Map<String, Integer> all() {
		return columns;
	}

	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.STRING || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING) {
			return cell.getStringCellValue().trim();
		}
		if (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA) {
			return String.valueOf(cell.getNumericCellValue());
		}
		return "";
	}
}
