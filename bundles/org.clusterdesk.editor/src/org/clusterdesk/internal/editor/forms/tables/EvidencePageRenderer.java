/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.clusterdesk.model.view.FormTable.ColumnKind;
import org.eclipse.osgi.util.NLS;

/** A row's 佐证页码 cell: the page in the form's evidence, with the form's PXX页 as hint. */
final class EvidencePageRenderer implements TableRenderer {

	@Override
	public int applicable(TablePart part) {
		// the tester sees the column through the cell's table: only 佐证页码 columns
		return part instanceof TablePart.Value value && value.cell().kind() == CellKind.ATTRIBUTE
				&& value.table().columns().get(value.cell().column()).kind() == ColumnKind.EVIDENCE_PAGE ? 2 : NOT_APPLICABLE;
	}

	@Override
	public void render(TablePart part, TableGrid grid) {
		TablePart.Value value = (TablePart.Value) part;
		TextField field = AttributeRenderer.field(value, grid, NLS.bind(Messages.Table_pageField, value.line().row().getLabel()));
		field.getText().setMessage(Messages.Table_pageHint);
	}
}
