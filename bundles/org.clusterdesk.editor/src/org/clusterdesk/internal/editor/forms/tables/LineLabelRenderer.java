/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.model.FormRow;
import org.eclipse.swt.widgets.Label;

/** The label of a line: the row as this form words it, its note as tooltip. */
final class LineLabelRenderer implements TableRenderer {

	@Override
	public int applicable(TablePart part) {
		return part instanceof TablePart.Label ? 1 : NOT_APPLICABLE;
	}

	@Override
	public void render(TablePart part, TableGrid grid) {
		FormRow row = ((TablePart.Label) part).line().row();
		Label label = FormWidgets.rowLabel(grid.toolkit(), grid.composite(), ((TablePart.Label) part).line().label(), 1);
		label.setToolTipText(row.getNote());
		label.setLayoutData(grid.data(0, 1));
		TableGrid.mark(label, row.getLabel());
	}
}
