/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import java.util.function.Supplier;

import org.clusterdesk.internal.editor.forms.DerivedLabel;
import org.clusterdesk.internal.editor.forms.FeatureAccess;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.OwnerRef;
import org.clusterdesk.internal.editor.forms.ProblemDecoration;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.forms.ValueConverter;
import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/**
 * 增幅（%）: the growth the filer enters, and under it, in the editor only, the growth computed from the two years
 * (red when the entered one disagrees).
 */
final class GrowthRenderer implements TableRenderer {

	@Override
	public int applicable(TablePart part) {
		return part instanceof TablePart.Value value && value.cell().kind() == CellKind.GROWTH ? 1 : NOT_APPLICABLE;
	}

	@Override
	public void render(TablePart part, TableGrid grid) {
		TablePart.Value value = (TablePart.Value) part;
		Cell cell = value.cell();
		OwnerRef holder = TableGrid.along(value.owner(), cell.path(), cell.path().size() - 1);
		Composite composite = FormWidgets.grid(grid.toolkit(), grid.composite(), 1, 1);
		((org.eclipse.swt.layout.GridLayout) composite.getLayout()).verticalSpacing = 1;
		GridData data = grid.data(cell);
		data.widthHint += ProblemDecoration.INDENT;
		composite.setLayoutData(data);
		TextField field = new TextField(grid.context(), composite, grid.pageId(), new FeatureAccess(grid.context(), holder, cell.feature()),
				ValueConverter.DECIMAL, NLS.bind(Messages.Table_growthField, value.line().row().getLabel()), SWT.NONE);
		grid.add(field.layout(new GridData(SWT.FILL, SWT.TOP, true, false)));
		TableGrid.mark(field.getText(), value.line().row().getLabel());
		Supplier<DerivedValue> derived = () -> grid.context().derived().of(holder.resolve(), cell.feature(), null);
		field.derived(derived);
		DerivedLabel computed = new DerivedLabel(grid.context(), composite, derived, Messages.Table_computedGrowth);
		GridData computedData = new GridData(SWT.FILL, SWT.TOP, true, false);
		computedData.horizontalIndent = ProblemDecoration.INDENT;
		computed.getLabel().setLayoutData(computedData);
		computed.getLabel().setFont(FormWidgets.smallFont());
		grid.add(computed);
	}
}
