/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import java.util.List;

import org.clusterdesk.internal.editor.forms.EntryAccess;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.Labels;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.forms.ValueConverter;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.SmartFactoryCount;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The smart factories of a year in their row of 2.2's table (领航级/卓越级/先进级/基础级): the year's cell holds the four
 * counts one below the other, each with its grade.
 */
final class SmartFactoriesRenderer implements TableRenderer {

	private static final List<EAttribute> GRADES = List.of(Literals.SMART_FACTORY_COUNT__LEADING, Literals.SMART_FACTORY_COUNT__EXCELLENT,
			Literals.SMART_FACTORY_COUNT__ADVANCED, Literals.SMART_FACTORY_COUNT__BASIC);

	@Override
	public int applicable(TablePart part) {
		return part instanceof TablePart.Value value && value.cell().kind() == CellKind.SMART_FACTORIES ? 1 : NOT_APPLICABLE;
	}

	@Override
	public void render(TablePart part, TableGrid grid) {
		TablePart.Value value = (TablePart.Value) part;
		Cell cell = value.cell();
		int year = cell.year();
		String rowKey = value.line().row().getLabel();
		Composite composite = FormWidgets.grid(grid.toolkit(), grid.composite(), 2, 1);
		((org.eclipse.swt.layout.GridLayout) composite.getLayout()).horizontalSpacing = 2;
		((org.eclipse.swt.layout.GridLayout) composite.getLayout()).verticalSpacing = 2;
		composite.setLayoutData(grid.data(cell));
		TableGrid.mark(composite, rowKey);
		for (EAttribute grade : GRADES) {
			Label caption = grid.toolkit().createLabel(composite, Labels.of(grade));
			caption.setFont(FormWidgets.smallFont());
			EntryAccess access = new EntryAccess(grid.context(), value.owner(), (EReference) cell.feature(),
					e -> ((SmartFactoryCount) e).getYear() == year, () -> {
						SmartFactoryCount count = ClusterDeskFactory.eINSTANCE.createSmartFactoryCount();
						count.setYear(year);
						return count;
					}, grade);
			TextField field = new TextField(grid.context(), composite, grid.pageId(), access, ValueConverter.INTEGER,
					NLS.bind(Messages.Table_yearField, rowKey + " " + Labels.of(grade), year), SWT.NONE); //$NON-NLS-1$
			grid.add(field.layout(new GridData(SWT.FILL, SWT.CENTER, true, false)));
			TableGrid.mark(field.getText(), rowKey);
		}
	}
}
