/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.clusterdesk.internal.editor.forms.DerivedLabel;
import org.clusterdesk.internal.editor.forms.FeatureAccess;
import org.clusterdesk.internal.editor.forms.FormContext;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.OwnerRef;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.forms.ValueConverter;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.view.FormTable;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.clusterdesk.model.view.FormTable.HeaderCell;
import org.clusterdesk.model.view.FormTable.Line;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * One of the form's tables of figures in the editor, rendered from its view model ({@link FormTable}, the one the Word
 * export prints): the form's header cells with their spans and merges, then the lines of each row, every element by the
 * renderer its tester picks ({@link TableRenderers}). The editor adds what the printed form has not, marked as computed:
 * the derived values under a row, a number row the section lists between its yearly rows.
 */
public final class FormTableView {

	/** Data key of a header cell's label: the header text (指标名称, 2024年, 佐证页码). */
	public static final String HEADER_KEY = "org.clusterdesk.table.header"; //$NON-NLS-1$

	/** Data key of the label of a divided corner cell's top right: its text (近2年情况). */
	public static final String CORNER_KEY = "org.clusterdesk.table.corner"; //$NON-NLS-1$

	/** Data key of a table's grid: the {@link FormTable.Kind} of the table. */
	public static final String TABLE_KEY = "org.clusterdesk.table.kind"; //$NON-NLS-1$

	private final TableGrid grid;

	private final TableRenderers renderers;

	private final Set<EStructuralFeature> shown = new HashSet<>();

	/**
	 * Creates the table's grid across the section's two columns, with the form's header.
	 *
	 * @param header      whether to show the form's header (not where the table goes on from a grid above)
	 * @param sectionRows the section's rows (a cell may show the value of another row of the section)
	 * @param sink        takes the bindings and problem targets of the page
	 */
	public FormTableView(FormContext context, String pageId, Composite parent, FormTable table, boolean header, List<FormRow> sectionRows,
			Consumer<Object> sink) {
		this.grid = new TableGrid(context, pageId, parent, table, sectionRows, sink);
		this.renderers = TableRenderers.EDITOR;
		if (header) {
			header();
		}
	}

	public Composite getComposite() {
		return grid.composite();
	}

	/** The features at the end of a one-step path the table's cells show (a row of the section shown as a cell). */
	public Set<EStructuralFeature> shownFeatures() {
		return shown;
	}

	private void header() {
		List<List<HeaderCell>> rows = grid.table().header();
		for (int r = 0; r < rows.size(); r++) {
			for (HeaderCell cell : rows.get(r)) {
				if (cell.continued()) {
					// covered by the cell above, which spans down
					continue;
				}
				renderers.render(new TablePart.Header(grid.table(), cell, 1 + continuedBelow(rows, r, cell.column())), grid);
			}
		}
		if (!rows.isEmpty()) {
			Label line = grid.toolkit().createSeparator(grid.composite(), SWT.HORIZONTAL);
			// no grab: a grabbing cell spanning every column would widen the last one
			line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, grid.table().columns().size(), 1));
		}
	}

	private static int continuedBelow(List<List<HeaderCell>> rows, int r, int column) {
		int n = 0;
		for (int below = r + 1; below < rows.size(); below++) {
			int b = below;
			if (rows.get(b).stream().noneMatch(c -> c.continued() && c.column() == column)) {
				break;
			}
			n++;
		}
		return n;
	}

	/** The lines of the row, each followed by the values the editor computes from its figures. */
	public void row(FormRow row, OwnerRef owner) {
		List<Line> lines = grid.table().lines(row);
		boolean first = true;
		for (int l = 0; l < lines.size(); l++) {
			Line line = lines.get(l);
			renderers.render(new TablePart.Label(grid.table(), line), grid);
			int column = 1;
			for (Cell cell : line.cells()) {
				if (cell.column() > column) {
					grid.blank(column, cell.column() - column);
				}
				boolean firstValue = first && cell.kind() != CellKind.TEXT;
				renderers.render(new TablePart.Value(grid.table(), line, cell, owner, firstValue), grid);
				first &= !firstValue;
				if (cell.path().size() == 1) {
					shown.add(cell.feature());
				}
				column = cell.column() + cell.span();
			}
			int columns = grid.table().columns().size();
			if (column < columns) {
				grid.blank(column, columns - column);
			}
			DerivedLines.under(grid, line, owner, l == lines.size() - 1);
		}
	}

	/**
	 * A number row the section lists between its yearly rows (近三年…年均增速): the form prints it in the table's
	 * label | value line; the editor shows its field under the first year and the value computed beside it.
	 */
	public void numberRow(FormRow row, OwnerRef owner, String label) {
		EAttribute attribute = (EAttribute) row.getFeature();
		Label caption = FormWidgets.rowLabel(grid.toolkit(), grid.composite(), label, 1);
		caption.setLayoutData(grid.data(0, 1));
		caption.setToolTipText(row.getNote());
		TableGrid.mark(caption, row.getLabel());
		TextField field = new TextField(grid.context(), grid.composite(), grid.pageId(), new FeatureAccess(grid.context(), owner, attribute),
				ValueConverter.of(attribute), row.getLabel(), SWT.NONE);
		grid.add(field.layout(grid.data(1, 1)));
		TableGrid.mark(field.getText(), row.getLabel());
		Supplier<DerivedValue> derived = () -> grid.context().derived().of(owner.resolve(), attribute, null);
		field.derived(derived);
		int columns = grid.table().columns().size();
		if (columns > 2) {
			DerivedLabel computed = new DerivedLabel(grid.context(), grid.composite(), derived, Messages.Table_computed);
			computed.getLabel().setAlignment(SWT.LEFT);
			computed.getLabel().setLayoutData(grid.data(2, columns - 2));
			grid.add(computed);
		}
	}
}
