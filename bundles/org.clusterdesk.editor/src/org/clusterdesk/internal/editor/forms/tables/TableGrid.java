/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import java.util.List;
import java.util.function.Consumer;

import org.clusterdesk.internal.editor.forms.FormContext;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.OwnerRef;
import org.clusterdesk.internal.editor.forms.ProblemDecoration;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.view.FormTable;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.ColumnKind;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The SWT grid a {@link FormTable} is rendered into: one grid column per column of the table, so that a cell spanning
 * columns in the form spans them here; and what the renderers share — the form's context, the page, where bindings
 * and problem targets go, and the section's rows.
 */
public final class TableGrid {

	private static final int SPACING = 6;

	private final FormContext context;

	private final String pageId;

	private final Composite grid;

	private final FormTable table;

	private final List<FormRow> sectionRows;

	private final Consumer<Object> sink;

	/**
	 * @param sectionRows the rows of the section the table is in (a cell may show another row's value)
	 * @param sink        takes every binding and problem target the renderers create
	 */
	public TableGrid(FormContext context, String pageId, Composite parent, FormTable table, List<FormRow> sectionRows, Consumer<Object> sink) {
		this.context = context;
		this.pageId = pageId;
		this.table = table;
		this.sectionRows = sectionRows;
		this.sink = sink;
		grid = context.toolkit().createComposite(parent);
		GridLayout layout = new GridLayout(table.columns().size(), false);
		layout.marginWidth = 0;
		layout.marginHeight = 2;
		layout.horizontalSpacing = SPACING;
		layout.verticalSpacing = 3;
		grid.setLayout(layout);
		grid.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		grid.setData(FormTableView.TABLE_KEY, table.kind());
	}

	public FormContext context() {
		return context;
	}

	public FormToolkit toolkit() {
		return context.toolkit();
	}

	public String pageId() {
		return pageId;
	}

	public Composite composite() {
		return grid;
	}

	public FormTable table() {
		return table;
	}

	/** Keeps a binding or problem target of the page. */
	public <T> T add(T part) {
		sink.accept(part);
		return part;
	}

	/** The width of a column: the label column's, or a number cell's times the column's weight. */
	int width(int column) {
		FormTable.Column c = table.columns().get(column);
		return c.kind() == ColumnKind.LABEL ? FormWidgets.LABEL_WIDTH : FormWidgets.CELL_WIDTH * Math.max(1, c.weight());
	}

	/** The layout data of a control covering the columns, as wide as they are. */
	public GridData data(int column, int span) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, false, false, span, 1);
		int width = 0;
		for (int i = column; i < column + span && i < table.columns().size(); i++) {
			width += width(i);
		}
		data.widthHint = width + (span - 1) * (SPACING + ProblemDecoration.INDENT);
		return data;
	}

	/** The layout data of the cell. */
	public GridData data(Cell cell) {
		return data(cell.column(), cell.span());
	}

	/** What the column holds. */
	public ColumnKind kindOf(Cell cell) {
		return table.columns().get(cell.column()).kind();
	}

	/** An empty cell over the columns. */
	public Label blank(int column, int span) {
		Label blank = context.toolkit().createLabel(grid, ""); //$NON-NLS-1$
		blank.setLayoutData(data(column, span));
		return blank;
	}

	/** The object at the end of the path's first {@code length} features, below the row's owner. */
	public static OwnerRef along(OwnerRef owner, List<EStructuralFeature> path, int length) {
		OwnerRef ref = owner;
		for (int i = 0; i < length; i++) {
			ref = ref.child((EReference) path.get(i));
		}
		return ref;
	}

	/**
	 * The key a control of the cell is found by (the row label, {@link FormWidgets#ROW_KEY}): the row's own, or the
	 * section's row whose value the cell shows (the smart factories' 佐证页码 is a row of its own in the edition).
	 */
	public String rowKey(TablePart.Value part) {
		Cell cell = part.cell();
		if (cell.path().size() == 1 && cell.feature() != part.line().row().getFeature()) {
			for (FormRow row : sectionRows) {
				if (row.getFeature() == cell.feature()) {
					return row.getLabel();
				}
			}
		}
		return part.line().row().getLabel();
	}

	/** Marks the control as belonging to the row. */
	public static void mark(Control control, String rowKey) {
		control.setData(FormWidgets.ROW_KEY, rowKey);
	}
}
