/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import org.clusterdesk.internal.editor.forms.EntryAccess;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.forms.ValueConverter;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;

/** 5.1: the target of a stage year (2026年发展目标), the year's entry of the indicator's targets. */
final class StageTargetRenderer implements TableRenderer {

	@Override
	public int applicable(TablePart part) {
		return part instanceof TablePart.Value value && value.cell().kind() == CellKind.STAGE_TARGET ? 1 : NOT_APPLICABLE;
	}

	@Override
	public void render(TablePart part, TableGrid grid) {
		TablePart.Value value = (TablePart.Value) part;
		Cell cell = value.cell();
		int year = cell.year();
		EntryAccess access = new EntryAccess(grid.context(), TableGrid.along(value.owner(), cell.path(), cell.path().size()),
				Literals.IMPLEMENTATION_TARGET__TARGETS, e -> ((YearDecimal) e).getYear() == year, () -> {
					YearDecimal target = ClusterDeskFactory.eINSTANCE.createYearDecimal();
					target.setYear(year);
					return target;
				}, Literals.YEAR_DECIMAL__VALUE);
		String rowKey = value.line().row().getLabel();
		TextField field = new TextField(grid.context(), grid.composite(), grid.pageId(), access, ValueConverter.DECIMAL,
				NLS.bind(Messages.Table_yearField, rowKey, year), SWT.NONE);
		grid.add(field.layout(grid.data(cell)));
		TableGrid.mark(field.getText(), rowKey);
	}
}
