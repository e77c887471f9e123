/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.List;

import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** A yes/no fact as one check box (承诺 items, 已盖章). */
public final class CheckField implements Binding, ProblemTarget {

	private final FormContext context;

	private final ValueAccess access;

	private final String label;

	private final String pageId;

	private final Button button;

	private final ProblemDecoration decoration;

	public CheckField(FormContext context, Composite parent, String pageId, ValueAccess access, String label, String text) {
		this.context = context;
		this.access = access;
		this.label = label;
		this.pageId = pageId;
		button = context.toolkit().createButton(parent, text, SWT.CHECK);
		button.setData(FormWidgets.BINDING_KEY, this);
		button.addListener(SWT.Selection, e -> {
			boolean now = button.getSelection();
			if (!Boolean.valueOf(now).equals(access.get())) {
				context.execute(access.set(now), NLS.bind(Messages.Field_change, label));
			}
		});
		decoration = new ProblemDecoration(button);
		button.addListener(SWT.Dispose, e -> decoration.dispose());
		refresh();
	}

	public Button getButton() {
		return button;
	}

	public CheckField layout(GridData data) {
		data.horizontalIndent = Math.max(data.horizontalIndent, ProblemDecoration.INDENT);
		button.setLayoutData(data);
		return this;
	}

	@Override
	public void refresh() {
		if (!button.isDisposed()) {
			button.setSelection(Boolean.TRUE.equals(access.get()));
			button.setEnabled(access.isEditable());
		}
	}

	@Override
	public int match(EObject owner, EStructuralFeature feature) {
		return access.match(owner, feature);
	}

	@Override
	public void showProblems(List<RuleFinding> findings) {
		decoration.setFindings(findings);
	}

	@Override
	public void reveal(RuleFinding finding) {
		FormWidgets.reveal(button);
	}

	@Override
	public String pageId() {
		return pageId;
	}

	String label() {
		return label;
	}
}
