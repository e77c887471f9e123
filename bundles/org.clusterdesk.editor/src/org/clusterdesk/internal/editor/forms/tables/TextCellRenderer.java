/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;

/** A fixed text of the form inside the table (the year of a years-down line: 2022年), centred. */
final class TextCellRenderer implements TableRenderer {

	@Override
	public int applicable(TablePart part) {
		return part instanceof TablePart.Value value && value.cell().kind() == CellKind.TEXT ? 1 : NOT_APPLICABLE;
	}

	@Override
	public void render(TablePart part, TableGrid grid) {
		TablePart.Value value = (TablePart.Value) part;
		Label label = grid.toolkit().createLabel(grid.composite(), FormWidgets.plain(value.cell().text()), SWT.CENTER);
		GridData data = grid.data(value.cell());
		data.verticalAlignment = SWT.CENTER;
		label.setLayoutData(data);
	}
}
