/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;


import org.clusterdesk.model.view.FormTable.CellKind;

/** A year's figure: two decimals, whole numbers where the row counts things (个, 人), a count as it is. */
final class YearValueCellRenderer extends ValueCellRenderer {

	YearValueCellRenderer() {
		super(CellKind.YEAR_VALUE);
	}
}
