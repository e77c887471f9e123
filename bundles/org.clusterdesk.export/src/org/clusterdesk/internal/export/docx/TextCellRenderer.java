/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import org.clusterdesk.internal.export.docx.CellText.Align;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.CellKind;

/** A fixed text of the form inside the table (a years-down line's 2023年), in the labels' style. */
final class TextCellRenderer extends ValueCellRenderer {

	TextCellRenderer() {
		super(CellKind.TEXT);
	}

	@Override
	public void render(Cell element, DocxCell cell) {
		cell.write(CellText.of(DocxStyles.TABLE_LABEL, element.text(), Align.CENTER));
	}
}
