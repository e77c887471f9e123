/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import java.util.List;

import org.clusterdesk.internal.editor.forms.OwnerRef;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.forms.ValueConverter;
import org.clusterdesk.internal.editor.forms.YearAccess;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;

/**
 * One year's figure of a yearly series (集群产值 2024年, 园区总额 2025年): a number field, marked when it disagrees with
 * the value computed from others.
 */
final class YearValueRenderer implements TableRenderer {

	@Override
	public int applicable(TablePart part) {
		return part instanceof TablePart.Value value && value.cell().kind() == CellKind.YEAR_VALUE ? 1 : NOT_APPLICABLE;
	}

	@Override
	public void render(TablePart part, TableGrid grid) {
		TablePart.Value value = (TablePart.Value) part;
		Cell cell = value.cell();
		OwnerRef series = TableGrid.along(value.owner(), cell.path(), cell.path().size());
		YearAccess access = new YearAccess(grid.context(), series, cell.year());
		if (value.first()) {
			access.first();
		}
		boolean decimal = Literals.YEARLY_DECIMAL.isSuperTypeOf(((EReference) cell.feature()).getEReferenceType());
		String rowKey = grid.rowKey(value);
		TextField field = new TextField(grid.context(), grid.composite(), grid.pageId(), access,
				decimal ? ValueConverter.DECIMAL : ValueConverter.INTEGER, label(rowKey, cell), SWT.NONE);
		grid.add(field.layout(grid.data(cell)));
		TableGrid.mark(field.getText(), rowKey);
		field.derived(() -> DerivedLines.entered(grid.context(), value.owner(), cell.path(), cell.year()));
	}

	/** The field's name in messages and undo labels: 集群产值（亿元）（2024年）, …（2025年 其中：集群产业）. */
	static String label(String rowKey, Cell cell) {
		List<EStructuralFeature> path = cell.path();
		EStructuralFeature part = path.size() > 1 ? cell.feature() : null;
		if (part == Literals.PARK_INDICATOR__PARK_TOTAL) {
			return NLS.bind(Messages.Table_parkTotalField, rowKey, cell.year());
		}
		if (part == Literals.PARK_INDICATOR__CLUSTER_PART) {
			return NLS.bind(Messages.Table_parkClusterField, rowKey, cell.year());
		}
		return NLS.bind(Messages.Table_yearField, rowKey, cell.year());
	}
}
