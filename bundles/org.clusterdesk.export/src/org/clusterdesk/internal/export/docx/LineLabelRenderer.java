/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import org.clusterdesk.model.view.FormTable.Line;

/**
 * The label cell of a line: the row as this form words it, with a note the form prints beside it; on a row's further
 * lines (a years-down row's 2023年, 2024年) the cell continues the label merged down from the first.
 */
final class LineLabelRenderer implements DocxTableRenderer<Line> {

	@Override
	public int applicable(Line element) {
		return 1;
	}

	@Override
	public void render(Line element, DocxCell cell) {
		cell.write(FormTableWriter.label(cell.layout(), element.row(), element.label()));
	}
}
