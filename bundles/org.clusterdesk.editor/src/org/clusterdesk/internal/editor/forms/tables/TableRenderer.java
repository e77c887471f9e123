/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

/**
 * Renders one kind of {@link TablePart} into the editor's grid of a table, as EMF Forms' renderers do: its tester
 * ({@link #applicable}) says how well it fits an element, and {@link TableRenderers} lets the best one render it.
 */
public interface TableRenderer {

	/** The tester's answer for an element the renderer cannot render. */
	int NOT_APPLICABLE = -1;

	/** How well the renderer fits the element: {@link #NOT_APPLICABLE}, else a priority (higher wins). */
	int applicable(TablePart part);

	/** Creates the element's one control in the grid, laid out over the columns the element covers. */
	void render(TablePart part, TableGrid grid);
}
