/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.clusterdesk.internal.editor.forms.DerivedLabel;
import org.clusterdesk.internal.editor.forms.FormContext;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.Labels;
import org.clusterdesk.internal.editor.forms.OwnerRef;
import org.clusterdesk.internal.editor.forms.ProblemDecoration;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.clusterdesk.model.view.FormTable.Line;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;

/**
 * The editor's read-only lines under a line of yearly figures: the values computed from them (growth, ratios,
 * averages), each under the year it belongs to. Not part of the printed form; the editor adds them beside the form's
 * cells so that the filer sees what the rules compute.
 */
final class DerivedLines {

	private DerivedLines() {
	}

	/** Where the derived values of a yearly cell are kept: the compared row itself, else the row's owner and feature. */
	private record Key(EObject owner, EStructuralFeature feature) {
	}

	private static Key key(OwnerRef owner, List<EStructuralFeature> path) {
		EReference last = (EReference) path.get(path.size() - 1);
		OwnerRef parent = TableGrid.along(owner, path, path.size() - 1);
		if (Literals.COMPARED_DECIMAL.isSuperTypeOf(last.getEReferenceType())) {
			return new Key(parent.child(last).resolve(), Literals.YEARLY_DECIMAL__VALUES);
		}
		if (Literals.COMPARED_COUNT.isSuperTypeOf(last.getEReferenceType())) {
			return new Key(parent.child(last).resolve(), Literals.YEARLY_COUNT__VALUES);
		}
		return new Key(parent.resolve(), last);
	}

	private static List<DerivedValue> values(FormContext context, OwnerRef owner, List<EStructuralFeature> path) {
		Key key = key(owner, path);
		return context.derived().of(key.owner(), key.feature());
	}

	/** The derived value a yearly cell must agree with (only one the filer has entered a value for). */
	static DerivedValue entered(FormContext context, OwnerRef owner, List<EStructuralFeature> path, int year) {
		for (DerivedValue value : values(context, owner, path)) {
			if (Objects.equals(value.year(), year) && value.entered() != null) {
				return value;
			}
		}
		return null;
	}

	/**
	 * Adds the derived lines under a line of the grid: one per kind of derived value of its yearly cells, each value
	 * under its year's cell; a value for no year (年均增速) after the row's last line, across the rest.
	 */
	static void under(TableGrid grid, Line line, OwnerRef owner, boolean lastOfRow) {
		List<Cell> cells = line.cells().stream().filter(c -> c.kind() == CellKind.YEAR_VALUE).toList();
		if (cells.isEmpty()) {
			return;
		}
		List<EStructuralFeature> path = cells.get(0).path();
		Set<String> stems = new LinkedHashSet<>();
		for (DerivedValue value : values(grid.context(), owner, path)) {
			stems.add(Labels.withoutYear(value.label()));
		}
		for (String stem : stems) {
			List<Cell> shown = new ArrayList<>();
			for (Cell cell : cells) {
				if (stemValue(grid.context(), owner, cell.path(), stem, cell.year()) != null) {
					shown.add(cell);
				}
			}
			Supplier<DerivedValue> single = () -> stemValue(grid.context(), owner, path, stem, null);
			boolean average = lastOfRow && single.get() != null;
			if (shown.isEmpty() && !average) {
				continue;
			}
			String caption = stem.equals(line.row().getLabel()) ? Messages.Table_computedLine : NLS.bind(Messages.Table_derivedLine, stem);
			Label label = FormWidgets.rowLabel(grid.toolkit(), grid.composite(), caption, 1);
			label.setForeground(FormWidgets.computedColor(label.getDisplay()));
			label.setFont(FormWidgets.smallFont());
			int column = 1;
			for (Cell cell : shown) {
				if (cell.column() > column) {
					grid.blank(column, cell.column() - column);
				}
				DerivedLabel computed = new DerivedLabel(grid.context(), grid.composite(),
						() -> stemValue(grid.context(), owner, cell.path(), stem, cell.year()), null);
				GridData data = grid.data(cell);
				data.horizontalIndent = ProblemDecoration.INDENT;
				computed.getLabel().setLayoutData(data);
				grid.add(computed);
				column = cell.column() + cell.span();
			}
			int columns = grid.table().columns().size();
			if (average && column >= columns && !shown.isEmpty()) {
				// no room left on the line: the average on a line of its own, under the years
				grid.blank(0, 1);
				column = 1;
			} else if (column >= columns) {
				continue;
			}
			if (average) {
				DerivedLabel computed = new DerivedLabel(grid.context(), grid.composite(), single, Messages.Table_average);
				computed.getLabel().setAlignment(SWT.LEFT);
				GridData data = grid.data(column, columns - column);
				data.horizontalIndent = ProblemDecoration.INDENT;
				computed.getLabel().setLayoutData(data);
				grid.add(computed);
			} else {
				grid.blank(column, columns - column);
			}
		}
	}

	private static DerivedValue stemValue(FormContext context, OwnerRef owner, List<EStructuralFeature> path, String stem, Integer year) {
		for (DerivedValue value : values(context, owner, path)) {
			if (Objects.equals(value.year(), year) && Labels.withoutYear(value.label()).equals(stem)) {
				return value;
			}
		}
		return null;
	}
}
