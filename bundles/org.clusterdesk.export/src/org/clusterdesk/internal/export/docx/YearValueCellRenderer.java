/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.math.BigDecimal;

import org.clusterdesk.model.view.FormTable.CellKind;

/** A year's figure: two decimals, whole numbers where the row counts things (个, 人), a count as it is. */
final class YearValueCellRenderer extends ValueCellRenderer {

	YearValueCellRenderer() {
		super(CellKind.YEAR_VALUE);
	}

	@Override
	String text(Object value, DocxCell cell) {
		if (value instanceof BigDecimal decimal) {
			// the row's feature carries the unit (a park's 园区总额 too)
			return FormValues.decimal(decimal, cell.line().row().getFeature());
		}
		return value instanceof Integer count ? FormValues.count(count) : ""; //$NON-NLS-1$
	}
}
