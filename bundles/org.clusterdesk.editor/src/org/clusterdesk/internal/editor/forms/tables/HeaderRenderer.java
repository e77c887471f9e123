/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.ProblemDecoration;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;

/** A header cell as the form prints it (2024年, 佐证页码, 园区总额), over the columns and header rows it covers. */
final class HeaderRenderer implements TableRenderer {

	@Override
	public int applicable(TablePart part) {
		return part instanceof TablePart.Header ? 1 : NOT_APPLICABLE;
	}

	@Override
	public void render(TablePart part, TableGrid grid) {
		TablePart.Header header = (TablePart.Header) part;
		Label label = grid.toolkit().createLabel(grid.composite(), FormWidgets.plain(header.cell().text()),
				header.cell().column() == 0 ? SWT.WRAP : SWT.CENTER | SWT.WRAP);
		label.setFont(JFaceResources.getBannerFont());
		label.setData(FormTableView.HEADER_KEY, header.cell().text());
		label.setLayoutData(layout(header, grid));
	}

	/** Centred under its text's columns, over the header rows it covers. */
	static GridData layout(TablePart.Header header, TableGrid grid) {
		GridData data = grid.data(header.cell().column(), header.cell().span());
		data.verticalSpan = header.rows();
		data.verticalAlignment = SWT.CENTER;
		if (header.cell().column() > 0) {
			// the value cells below leave room for their problem icon
			data.widthHint += ProblemDecoration.INDENT;
		}
		return data;
	}
}
