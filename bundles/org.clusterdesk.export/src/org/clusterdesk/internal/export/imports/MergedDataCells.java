/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Values of data cells merged down over several rows — staff merge 株洲市 or 荷塘区 over all the enterprises of a
 * town — handed to every row of the merged region, as a reader sees them. Only the first cell of a region holds the
 * value in the file.
 */
final class MergedDataCells {

	/** Regions below the header that span more than one row, by their first row (0-based). */
	private final Map<Integer, List<CellRangeAddress>> byFirstRow = new HashMap<>();

	/** Regions whose first row has passed, with the value found there. */
	private final List<Object[]> open = new ArrayList<>();

	MergedDataCells(List<CellRangeAddress> merges, int headerLast) {
		for (CellRangeAddress merge : merges) {
			if (merge.getFirstRow() >= headerLast && merge.getLastRow() > merge.getFirstRow()) {
				byFirstRow.computeIfAbsent(merge.getFirstRow(), r -> new ArrayList<>()).add(merge);
			}
		}
	}

	/** The row's cells with the values of the merged regions it lies in; {@code number} is 1-based. */
	List<RawCell> fill(int number, List<RawCell> cells) {
		if (byFirstRow.isEmpty() && open.isEmpty()) {
			return cells;
		}
		int row0 = number - 1;
		for (Iterator<Object[]> it = open.iterator(); it.hasNext();) {
			if (((CellRangeAddress) it.next()[0]).getLastRow() < row0) {
				it.remove();
			}
		}
		List<RawCell> filled = cells;
		for (Object[] region : open) {
			CellRangeAddress merge = (CellRangeAddress) region[0];
			RawCell value = (RawCell) region[1];
			if (merge.getFirstRow() < row0 && !has(filled, merge.getFirstColumn())) {
				if (filled == cells) {
					filled = new ArrayList<>(cells);
				}
				filled.add(new RawCell(merge.getFirstColumn(), value.type(), value.text(), value.date()));
			}
		}
		List<CellRangeAddress> starting = byFirstRow.remove(row0);
		if (starting != null) {
			for (CellRangeAddress merge : starting) {
				for (RawCell cell : cells) {
					if (cell.column() == merge.getFirstColumn()) {
						open.add(new Object[] { merge, cell });
					}
				}
			}
		}
		return filled;
	}

	private static boolean has(List<RawCell> cells, int column) {
		for (RawCell cell : cells) {
			if (cell.column() == column) {
				return true;
			}
		}
		return false;
	}
}
