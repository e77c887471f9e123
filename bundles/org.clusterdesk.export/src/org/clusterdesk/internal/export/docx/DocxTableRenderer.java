/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

/**
 * Writes one element of a form's table of figures (a header cell, a line's label, a value cell of a
 * {@link org.clusterdesk.model.view.FormTable}) into its cell of the Word table. As in EMF Forms, the
 * {@link DocxRenderers registry} asks every renderer of the element's type how well it applies and lets the one with the
 * highest priority write it.
 *
 * @param <E> the view-model element it renders
 */
public interface DocxTableRenderer<E> {

	/** What {@link #applicable(Object)} answers for an element the renderer cannot write. */
	int NOT_APPLICABLE = -1;

	/** The priority with which this renderer writes the element, or {@link #NOT_APPLICABLE}. */
	int applicable(E element);

	/** Writes the element into its cell (once). */
	void render(E element, DocxCell cell);
}
