/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.util.List;

/**
 * A non-blank row near the top of a sheet, kept to find the title and header.
 *
 * @param number 1-based row number
 * @param cells  its non-blank cells
 */
record ScannedRow(int number, List<RawCell> cells) {

	/** The text of the cell in the column, or null. */
	String textAt(int column) {
		for (RawCell cell : cells) {
			if (cell.column() == column) {
				return cell.text();
			}
		}
		return null;
	}
}
