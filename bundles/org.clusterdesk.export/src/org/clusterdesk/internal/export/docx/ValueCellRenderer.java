/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.math.BigDecimal;

import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.CellKind;

/** A value cell of one {@link CellKind}: the value the view model gives for it, printed as the form prints it. */
abstract class ValueCellRenderer implements DocxTableRenderer<Cell> {

	private final CellKind kind;

	ValueCellRenderer(CellKind kind) {
		this.kind = kind;
	}

	@Override
	public int applicable(Cell element) {
		return element.kind() == kind ? 1 : NOT_APPLICABLE;
	}

	@Override
	public void render(Cell element, DocxCell cell) {
		cell.write(text(cell.value(element), cell));
	}

	/**
	 * The text of the value (null when the document has none): never "null". A figure as the row's feature prints it
	 * (the unit decides whole numbers or two decimals), a count as it is, a text as written.
	 */
	String text(Object value, DocxCell cell) {
		if (value instanceof BigDecimal decimal) {
			// the row's feature carries the unit (a park's 园区总额 too)
			return FormValues.decimal(decimal, cell.line().row().getFeature());
		}
		if (value instanceof Integer count) {
			return FormValues.count(count);
		}
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}
}
