/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import org.clusterdesk.model.view.FormTable.HeaderCell;

/** A header cell of a table of figures: the form's text, bold and centred (年度, 2024年, 增幅（%）). */
final class HeaderCellRenderer implements DocxTableRenderer<HeaderCell> {

	@Override
	public int applicable(HeaderCell element) {
		return 1;
	}

	@Override
	public void render(HeaderCell element, DocxCell cell) {
		cell.write(CellText.header(element.text()));
	}
}
