/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import org.clusterdesk.model.forms.FormLayout;
import org.clusterdesk.model.view.FormTable;
import org.clusterdesk.model.view.FormTableValues;
import org.eclipse.emf.ecore.EObject;

/**
 * The cell of the Word table a {@link DocxTableRenderer} writes one element into: its place in the row, its width and
 * how it merges with the cell above (the table's layout, decided by the view model), and for a line's cells the line and
 * the object its values are read from.
 */
public final class DocxCell {

	/** How the cell merges with the cells above and below it. */
	enum Merge {
		NONE, START, CONTINUE
	}

	private final TableBuilder.Row row;

	private final int width;

	private final boolean last;

	private final Merge merge;

	private final FormLayout layout;

	private final FormTable.Line line;

	private final EObject owner;

	private boolean written;

	DocxCell(TableBuilder.Row row, int width, boolean last, Merge merge, FormLayout layout, FormTable.Line line, EObject owner) {
		this.row = row;
		this.width = width;
		this.last = last;
		this.merge = merge;
		this.layout = layout;
		this.line = line;
		this.owner = owner;
	}

	/** The line the cell is in, or null in a header row. */
	public FormTable.Line line() {
		return line;
	}

	/** The object the line's values are read from (the row's owner), or null (a header, an empty draft). */
	public EObject owner() {
		return owner;
	}

	/** The value a cell of the line shows, or null. */
	public Object value(FormTable.Cell cell) {
		return FormTableValues.value(owner, cell);
	}

	/** Writes a value as the forms print figures: table text, centred. */
	public void write(String text) {
		write(CellText.centred(text));
	}

	FormLayout layout() {
		return layout;
	}

	/** Writes the cell's text; a cell continuing a merge keeps the text of the cell it continues. */
	void write(CellText text) {
		if (written) {
			throw new IllegalStateException("A cell of a form table written twice"); //$NON-NLS-1$
		}
		written = true;
		// the last cell reaches the table's edge, whatever the rounding of the columns before it left
		int w = last ? row.remaining() : width;
		switch (merge) {
		case START -> row.mergeStart(w, text);
		case CONTINUE -> row.merged(w);
		default -> row.cell(w, text);
		}
	}

	/** After the renderer: a cell it left empty is still a cell of the row, so the grid stays the form's. */
	void close() {
		if (!written) {
			write(CellText.EMPTY);
		}
	}
}
