/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.math.BigDecimal;

import org.clusterdesk.model.view.FormTable.CellKind;

/** 增幅（%）: the entered growth, else the one computed from the figures, with two decimals. */
final class GrowthCellRenderer extends ValueCellRenderer {

	GrowthCellRenderer() {
		super(CellKind.GROWTH);
	}

	@Override
	String text(Object value, DocxCell cell) {
		return FormValues.decimal(value instanceof BigDecimal growth ? growth : null);
	}
}
