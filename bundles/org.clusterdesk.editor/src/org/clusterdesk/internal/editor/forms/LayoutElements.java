/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.List;

import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.forms.FormLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * What the printed form shows around a row, as the edition's layout ({@code editions/<id>.layout}, {@link FormLayout})
 * describes it — the same description the Word export follows, so that editor and Word cannot drift apart: the heading
 * the form numbers inside a part (3.1, 4.2, 5.1), the group label over its sub-rows with its note once (创新平台建设情况
 * （需提供清单及佐证材料）), the prompt at the top of a value cell (集群已提供的中小企业公共服务：), and a mark on a row the
 * form has not (it is captured for the attachments). One small renderer per kind of element, each chosen by its tester
 * ({@link Element#applies}), in the order the form prints them above the row.
 */
public final class LayoutElements {

	/** Data key of a control that shows an element of the layout: the element's kind. */
	public static final String KIND_KEY = "org.clusterdesk.layout.kind"; //$NON-NLS-1$

	/** Kinds of layout elements (the values of {@link #KIND_KEY}). */
	public static final String HEADING = "heading"; //$NON-NLS-1$

	public static final String GROUP = "group"; //$NON-NLS-1$

	public static final String GROUP_NOTE = "groupNote"; //$NON-NLS-1$

	public static final String PROMPT = "prompt"; //$NON-NLS-1$

	public static final String NOT_PRINTED = "notPrinted"; //$NON-NLS-1$

	/** A renderer of one kind of layout element in the two-column grid of a section (label | value). */
	interface Element {

		/** The tester: whether the layout has an element of this kind before the row. */
		boolean applies(FormLayout layout, FormRow row);

		/** Adds the element's controls to the grid, whole grid lines. */
		void render(FormToolkit toolkit, Composite grid, FormLayout layout, FormRow row);
	}

	/** The renderers, in the order their elements stand above a row. */
	private static final List<Element> ELEMENTS = List.of(new Heading(), new GroupLabel(), new NotPrinted(), new Prompt());

	private LayoutElements() {
	}

	/** Renders every element the layout places before the row. */
	static void before(FormToolkit toolkit, Composite grid, FormLayout layout, FormRow row) {
		for (Element element : ELEMENTS) {
			if (element.applies(layout, row)) {
				element.render(toolkit, grid, layout, row);
			}
		}
	}

	/** Whether the layout places an element before the row (a table of figures ends above it). */
	static boolean standsAbove(FormLayout layout, FormRow row) {
		return ELEMENTS.stream().anyMatch(element -> element.applies(layout, row));
	}

	/** The group or inline label the row stands under (创新平台建设情况, 集群绿色制造体系建设水平), or null. */
	static FormLayout.Group groupOf(FormLayout layout, FormRow row) {
		FormLayout.Group group = layout.group(row);
		return group != null ? group : layout.inline(row);
	}

	/** Whether the row's own note is its group's, shown once under the group's label. */
	static boolean noteShownByGroup(FormLayout layout, FormRow row) {
		FormLayout.Group group = groupOf(layout, row);
		return group != null && group.note() != null && group.note().equals(row.getNote());
	}

	private static Label wide(FormToolkit toolkit, Composite grid, String text, String kind) {
		Label label = toolkit.createLabel(grid, FormWidgets.plain(text), SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		data.widthHint = 600;
		label.setLayoutData(data);
		label.setData(KIND_KEY, kind);
		return label;
	}

	/** 3.1 园区主要经济指标, 4.1 基本情况, 第一部分…: a heading across the section, in the heading's font. */
	static final class Heading implements Element {

		@Override
		public boolean applies(FormLayout layout, FormRow row) {
			return layout.heading(row) != null;
		}

		@Override
		public void render(FormToolkit toolkit, Composite grid, FormLayout layout, FormRow row) {
			Label label = wide(toolkit, grid, layout.heading(row), HEADING);
			label.setFont(JFaceResources.getHeaderFont());
			((GridData) label.getLayoutData()).verticalIndent = 6;
		}
	}

	/** The group's label above its first sub-row, bold, and its note once under it. */
	static final class GroupLabel implements Element {

		@Override
		public boolean applies(FormLayout layout, FormRow row) {
			FormLayout.Group group = groupOf(layout, row);
			return group != null && group.starts(row);
		}

		@Override
		public void render(FormToolkit toolkit, Composite grid, FormLayout layout, FormRow row) {
			FormLayout.Group group = groupOf(layout, row);
			Label label = wide(toolkit, grid, group.label(), GROUP);
			label.setFont(JFaceResources.getBannerFont());
			if (group.note() != null && !group.note().isBlank()) {
				Label note = FormWidgets.note(toolkit, grid, group.note(), 2);
				note.setData(KIND_KEY, GROUP_NOTE);
			}
		}
	}

	/** The form's prompt above the value (集群已提供的中小企业公共服务：), in the value column. */
	static final class Prompt implements Element {

		@Override
		public boolean applies(FormLayout layout, FormRow row) {
			return layout.prompt(row) != null;
		}

		@Override
		public void render(FormToolkit toolkit, Composite grid, FormLayout layout, FormRow row) {
			toolkit.createLabel(grid, ""); //$NON-NLS-1$
			Label prompt = toolkit.createLabel(grid, FormWidgets.plain(layout.prompt(row)), SWT.WRAP);
			prompt.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			prompt.setData(KIND_KEY, PROMPT);
		}
	}

	/** A row the form has not: filled here for the attachments or another row's cell, not a row of the printed form. */
	static final class NotPrinted implements Element {

		@Override
		public boolean applies(FormLayout layout, FormRow row) {
			return layout.hidden(row);
		}

		@Override
		public void render(FormToolkit toolkit, Composite grid, FormLayout layout, FormRow row) {
			Label mark = wide(toolkit, grid, Messages.Layout_notPrinted, NOT_PRINTED);
			mark.setForeground(grid.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			mark.setFont(FormWidgets.smallFont());
			((GridData) mark.getLayoutData()).verticalIndent = 4;
		}
	}
}
