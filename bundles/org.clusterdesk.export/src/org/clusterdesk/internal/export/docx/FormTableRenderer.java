/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.util.List;

import org.clusterdesk.internal.export.docx.DocxCell.Merge;
import org.clusterdesk.model.forms.FormLayout;
import org.clusterdesk.model.view.FormTable;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.Column;
import org.clusterdesk.model.view.FormTable.ColumnKind;
import org.clusterdesk.model.view.FormTable.HeaderCell;
import org.clusterdesk.model.view.FormTable.Line;
import org.eclipse.emf.ecore.EObject;

/**
 * One of the form's tables of figures ({@link FormTable}) inside a section's Word table: its columns in twips — the label
 * column as wide as the section's labels, the value columns sharing the rest by their weights — and the header rows and
 * lines placed cell by cell, each cell written by the renderer the {@link DocxRenderers registry} chooses for it.
 */
final class FormTableRenderer {

	private final FormTable table;

	private final DocxRenderers renderers;

	private final FormLayout layout;

	/** The left edge of each column, and the table's right edge last. */
	private final int[] edges;

	FormTableRenderer(FormTable table, DocxRenderers renderers, FormLayout layout, int labelWidth, int valueWidth) {
		this.table = table;
		this.renderers = renderers;
		this.layout = layout;
		List<Column> columns = table.columns();
		long weights = Math.max(1, table.valueWeight());
		edges = new int[columns.size() + 1];
		int edge = 0;
		for (int i = 0; i < columns.size(); i++) {
			edges[i] = edge;
			Column column = columns.get(i);
			edge += column.kind() == ColumnKind.LABEL ? labelWidth : (int) (valueWidth * (long) column.weight() / weights);
		}
		edges[columns.size()] = edge;
	}

	FormTable table() {
		return table;
	}

	/** The header rows, once, where the table starts. */
	void header(TableBuilder builder) {
		List<List<HeaderCell>> rows = table.header();
		for (int r = 0; r < rows.size(); r++) {
			List<HeaderCell> below = r + 1 < rows.size() ? rows.get(r + 1) : List.of();
			TableBuilder.Row row = builder.headerRow();
			for (HeaderCell cell : rows.get(r)) {
				Merge merge = cell.continued() ? Merge.CONTINUE
						: below.stream().anyMatch(c -> c.continued() && c.column() == cell.column()) ? Merge.START : Merge.NONE;
				renderers.render(cell, slot(row, cell.column(), cell.span(), merge, null, null));
			}
		}
	}

	/** The lines the form prints for a row, its values read from the row's owner (null in an empty draft). */
	void lines(List<Line> lines, EObject owner, TableBuilder builder) {
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			TableBuilder.Row row = builder.row();
			// the label merged down over the row's further lines
			Merge merge = line.labelContinued() ? Merge.CONTINUE
					: i + 1 < lines.size() && lines.get(i + 1).labelContinued() ? Merge.START : Merge.NONE;
			renderers.render(line, slot(row, 0, 1, merge, line, owner));
			for (Cell cell : line.cells()) {
				renderers.render(cell, slot(row, cell.column(), cell.span(), Merge.NONE, line, owner));
			}
		}
	}

	private DocxCell slot(TableBuilder.Row row, int column, int span, Merge merge, Line line, EObject owner) {
		int end = Math.min(column + span, edges.length - 1);
		return new DocxCell(row, edges[end] - edges[column], end == edges.length - 1, merge, layout, line, owner);
	}
}
