/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.view.FormTable;

/**
 * The renderers the Word export writes the forms' tables of figures with, by the type of view-model element they
 * render; for each element the applicable renderer with the highest priority is chosen (a tie goes to the one
 * registered first, so an override must bid higher).
 */
public final class DocxRenderers {

	private final Map<Class<?>, List<DocxTableRenderer<?>>> renderers = new HashMap<>();

	/** The renderers of the Word export: the header cells, the lines' labels, one per kind of value cell. */
	public static DocxRenderers standard() {
		return new DocxRenderers().register(FormTable.HeaderCell.class, new HeaderCellRenderer())
				.register(FormTable.HeaderCell.class, new CornerCellRenderer())
				.register(FormTable.Line.class, new LineLabelRenderer())
				.register(FormTable.Cell.class, new TextCellRenderer())
				.register(FormTable.Cell.class, new YearValueCellRenderer())
				.register(FormTable.Cell.class, new AttributeCellRenderer())
				.register(FormTable.Cell.class, new GrowthCellRenderer())
				.register(FormTable.Cell.class, new StageTargetCellRenderer())
				.register(FormTable.Cell.class, new SmartFactoriesCellRenderer());
	}

	/** Adds a renderer for elements of the type. */
	public <E> DocxRenderers register(Class<E> type, DocxTableRenderer<? super E> renderer) {
		renderers.computeIfAbsent(type, t -> new ArrayList<>()).add(renderer);
		return this;
	}

	/**
	 * The renderer with the highest priority for the element.
	 *
	 * @throws IllegalStateException when none applies (a kind of element no renderer knows): the table would lose a
	 *                               cell, so the export stops instead
	 */
	@SuppressWarnings("unchecked")
	public <E> DocxTableRenderer<? super E> renderer(E element) {
		DocxTableRenderer<? super E> best = null;
		int bestPriority = DocxTableRenderer.NOT_APPLICABLE;
		for (DocxTableRenderer<?> candidate : renderers.getOrDefault(element.getClass(), List.of())) {
			DocxTableRenderer<? super E> renderer = (DocxTableRenderer<? super E>) candidate;
			int priority = renderer.applicable(element);
			if (priority > bestPriority) {
				best = renderer;
				bestPriority = priority;
			}
		}
		if (best == null) {
			throw new IllegalStateException("No Word renderer applies to " + describe(element)); //$NON-NLS-1$
		}
		return best;
	}

	/** Writes the element into the cell with its renderer. */
	<E> void render(E element, DocxCell cell) {
		renderer(element).render(element, cell);
		cell.close();
	}

	private static String describe(Object element) {
		if (element instanceof FormTable.Cell cell) {
			return "the " + cell.kind() + " cell in column " + cell.column() //$NON-NLS-1$ //$NON-NLS-2$
					+ (cell.feature() == null ? "" : " of " + cell.feature().getName()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return element.getClass().getSimpleName() + " " + element; //$NON-NLS-1$
	}
}
