/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A compact table of fields laid out like the form's tables: a header row (年度 | 2022年 | 2023年 | 2024年 …) and one
 * line per indicator with a label and one cell per column, so that year columns line up. Cells are filled in order.
 */
public final class Matrix {

	private final FormToolkit toolkit;

	private final Composite grid;

	private final int columns;

	private final int[] widths;

	private int cell;

	/**
	 * @param headers the header of every column, the first one above the labels (e.g. 年度); null for no header row
	 * @param widths  the width of every column after the label column
	 */
	public Matrix(FormToolkit toolkit, Composite parent, int span, List<String> headers, int[] widths) {
		this.toolkit = toolkit;
		this.columns = widths.length + 1;
		this.widths = widths;
		grid = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(columns, false);
		layout.marginWidth = 0;
		layout.marginHeight = 2;
		layout.horizontalSpacing = 6;
		layout.verticalSpacing = 3;
		grid.setLayout(layout);
		grid.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, span, 1));
		if (headers != null) {
			for (int i = 0; i < headers.size(); i++) {
				Label header = toolkit.createLabel(grid, FormWidgets.plain(headers.get(i)), i == 0 ? SWT.WRAP : SWT.CENTER | SWT.WRAP);
				header.setFont(JFaceResources.getBannerFont());
				GridData data = new GridData(i == 0 ? SWT.FILL : SWT.CENTER, SWT.BOTTOM, false, false);
				data.widthHint = i == 0 ? FormWidgets.LABEL_WIDTH : widths[i - 1] + ProblemDecoration.INDENT;
				header.setLayoutData(data);
				cell++;
			}
			Label line = toolkit.createSeparator(grid, SWT.HORIZONTAL);
			// no grab: a grabbing cell spanning every column would widen the last one
			line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, columns, 1));
		}
	}

	public Composite getComposite() {
		return grid;
	}

	public FormToolkit toolkit() {
		return toolkit;
	}

	/** The label of a new line (fills the rest of the current line first). */
	public Label label(String text, String toolTip) {
		finishLine();
		Label label = FormWidgets.rowLabel(toolkit, grid, text, 1);
		label.setToolTipText(toolTip);
		cell++;
		return label;
	}

	/** The layout data of the next cell. */
	public GridData cellData() {
		int column = cell % columns;
		GridData data = new GridData(SWT.FILL, SWT.TOP, false, false);
		data.widthHint = column == 0 ? FormWidgets.LABEL_WIDTH : widths[column - 1];
		cell++;
		return data;
	}

	/** The layout data of a cell spanning the rest of the line. */
	public GridData restData() {
		int column = cell % columns;
		int span = column == 0 ? columns : columns - column;
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		cell += span;
		return data;
	}

	/** The layout data of a cell holding a read-only value, centred on the line. */
	public GridData valueData() {
		GridData data = cellData();
		data.verticalAlignment = SWT.CENTER;
		return data;
	}

	/** An empty cell. */
	public Label skip() {
		Label blank = toolkit.createLabel(grid, ""); //$NON-NLS-1$
		blank.setLayoutData(cellData());
		return blank;
	}

	/** An empty cell showing a dash (a year the edition does not ask for this row). */
	public Label dash() {
		Label blank = toolkit.createLabel(grid, "—", SWT.CENTER); //$NON-NLS-1$
		blank.setForeground(grid.getDisplay().getSystemColor(SWT.COLOR_GRAY));
		blank.setLayoutData(cellData());
		return blank;
	}

	/** Fills the rest of the current line with empty cells. */
	public void finishLine() {
		while (cell % columns != 0) {
			skip();
		}
	}

	public int columns() {
		return columns;
	}
}
