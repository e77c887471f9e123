/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The form's divided corner cell: 近2年情况 at the top right, 指标名称 at the bottom left. */
final class CornerHeaderRenderer implements TableRenderer {

	@Override
	public int applicable(TablePart part) {
		return part instanceof TablePart.Header header && header.cell().corner() != null ? 2 : NOT_APPLICABLE;
	}

	@Override
	public void render(TablePart part, TableGrid grid) {
		TablePart.Header header = (TablePart.Header) part;
		Composite cell = grid.toolkit().createComposite(grid.composite());
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		cell.setLayout(layout);
		GridData data = HeaderRenderer.layout(header, grid);
		data.verticalAlignment = SWT.FILL;
		cell.setLayoutData(data);
		Label corner = grid.toolkit().createLabel(cell, FormWidgets.plain(header.cell().corner()), SWT.RIGHT);
		corner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		corner.setData(FormTableView.CORNER_KEY, header.cell().corner());
		Label text = grid.toolkit().createLabel(cell, FormWidgets.plain(header.cell().text()), SWT.LEFT);
		text.setFont(JFaceResources.getBannerFont());
		text.setLayoutData(new GridData(SWT.FILL, SWT.END, true, true));
		text.setData(FormTableView.HEADER_KEY, header.cell().text());
	}
}
