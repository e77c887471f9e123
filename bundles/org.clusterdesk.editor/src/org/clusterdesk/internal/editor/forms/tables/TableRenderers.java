/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import java.util.Comparator;
import java.util.List;

/** The editor's renderers of table elements; each element is rendered by the renderer whose tester ranks it highest. */
public final class TableRenderers {

	/** The editor's renderer set: header cells, line labels and one renderer per kind of cell. */
	public static final TableRenderers EDITOR = new TableRenderers(List.of(new HeaderRenderer(), new CornerHeaderRenderer(),
			new LineLabelRenderer(), new ContinuedLabelRenderer(), new TextCellRenderer(), new YearValueRenderer(), new AttributeRenderer(),
			new EvidencePageRenderer(), new GrowthRenderer(), new StageTargetRenderer(), new SmartFactoriesRenderer()));

	private final List<TableRenderer> renderers;

	public TableRenderers(List<TableRenderer> renderers) {
		this.renderers = List.copyOf(renderers);
	}

	/** The renderer that fits the element best. */
	public TableRenderer rendererOf(TablePart part) {
		return renderers.stream().filter(r -> r.applicable(part) != TableRenderer.NOT_APPLICABLE)
				.max(Comparator.comparingInt(r -> r.applicable(part)))
				.orElseThrow(() -> new IllegalStateException("no renderer for " + part)); //$NON-NLS-1$
	}

	/** Renders the element with the renderer that fits it best. */
	public void render(TablePart part, TableGrid grid) {
		rendererOf(part).render(part, grid);
	}
}
