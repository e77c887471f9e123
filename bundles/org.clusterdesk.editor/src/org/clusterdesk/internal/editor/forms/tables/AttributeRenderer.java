/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import org.clusterdesk.internal.editor.forms.FeatureAccess;
import org.clusterdesk.internal.editor.forms.Labels;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.forms.ValueConverter;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.clusterdesk.model.view.FormTable.ColumnKind;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;

/** An attribute at the end of the cell's path (上一年实际值): a field of its type. */
class AttributeRenderer implements TableRenderer {

	@Override
	public int applicable(TablePart part) {
		return part instanceof TablePart.Value value && value.cell().kind() == CellKind.ATTRIBUTE ? 1 : NOT_APPLICABLE;
	}

	@Override
	public void render(TablePart part, TableGrid grid) {
		TablePart.Value value = (TablePart.Value) part;
		field(value, grid, label(grid.rowKey(value), value, grid));
	}

	/** The field of the attribute, named for messages and undo labels. */
	static TextField field(TablePart.Value value, TableGrid grid, String label) {
		Cell cell = value.cell();
		EAttribute attribute = (EAttribute) cell.feature();
		FeatureAccess access = new FeatureAccess(grid.context(), TableGrid.along(value.owner(), cell.path(), cell.path().size() - 1), attribute);
		TextField field = new TextField(grid.context(), grid.composite(), grid.pageId(), access, ValueConverter.of(attribute), label, SWT.NONE);
		grid.add(field.layout(grid.data(cell)));
		TableGrid.mark(field.getText(), grid.rowKey(value));
		return field;
	}

	private static String label(String rowKey, TablePart.Value value, TableGrid grid) {
		if (grid.kindOf(value.cell()) == ColumnKind.ACTUAL) {
			return NLS.bind(Messages.Table_actualField, rowKey);
		}
		return rowKey + " " + Labels.of(value.cell().feature()); //$NON-NLS-1$
	}
}
