/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

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

	/** The text of the value (null when the document has none): never "null". */
	abstract String text(Object value, DocxCell cell);
}
