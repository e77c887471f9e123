/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import org.clusterdesk.internal.editor.forms.OwnerRef;
import org.clusterdesk.model.view.FormTable;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.HeaderCell;
import org.clusterdesk.model.view.FormTable.Line;

/** An element of a {@link FormTable} the editor renders: a header cell, the label of a line, a value cell. */
public sealed interface TablePart {

	/** The table the element belongs to. */
	FormTable table();

	/**
	 * A header cell.
	 *
	 * @param rows how many header rows it covers (the cells merged down below it, marked continued, are not parts)
	 */
	record Header(FormTable table, HeaderCell cell, int rows) implements TablePart {
	}

	/** The label cell of a line (blank on a line that goes on a row above it). */
	record Label(FormTable table, Line line) implements TablePart {
	}

	/**
	 * A value cell of a line.
	 *
	 * @param owner the row's owner, the object the cell's path starts from (possibly not created yet)
	 * @param first whether it is the row's first value cell, the one that takes the row's findings naming no year
	 */
	record Value(FormTable table, Line line, Cell cell, OwnerRef owner, boolean first) implements TablePart {
	}
}
