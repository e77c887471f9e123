/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import org.clusterdesk.internal.export.docx.CellText.Align;
import org.clusterdesk.model.view.FormTable.HeaderCell;

/** The form's divided corner cell: 近2年情况 at the top right, the first column's header (指标名称) at the bottom left. */
final class CornerCellRenderer implements DocxTableRenderer<HeaderCell> {

	@Override
	public int applicable(HeaderCell element) {
		return element.corner() != null ? 2 : NOT_APPLICABLE;
	}

	@Override
	public void render(HeaderCell element, DocxCell cell) {
		cell.write(CellText.builder().add(DocxStyles.TABLE_HEADER, element.corner(), Align.RIGHT)
				.add(DocxStyles.TABLE_HEADER, element.text(), Align.LEFT).build());
	}
}
