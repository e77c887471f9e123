/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * A single choice (是/否, 是/否/不适用, 第一/二/三产业, …) as radio buttons with the forms' wording. The first literal
 * NONE (未填) is no button: it is the state where none is selected; the context menu clears the choice.
 */
public final class ChoiceField implements Binding, ProblemTarget {

	private final FormContext context;

	private final ValueAccess access;

	private final String label;

	private final String pageId;

	private final Composite composite;

	private final List<Button> buttons = new ArrayList<>();

	private final ProblemDecoration decoration;

	private final Enumerator none;

	private Consumer<Enumerator> afterChoice;

	private boolean updating;

	/**
	 * @param labels the wording of literals where the row words them differently (e.g. 是（需附情况说明）), by name
	 * @param vertical one option per line (long wording), else side by side
	 */
	public ChoiceField(FormContext context, Composite parent, String pageId, ValueAccess access, EEnum type, String label,
			Map<String, String> labels, boolean vertical) {
		this.context = context;
		this.access = access;
		this.label = label;
		this.pageId = pageId;
		composite = context.toolkit().createComposite(parent);
		RowLayout layout = new RowLayout(vertical ? SWT.VERTICAL : SWT.HORIZONTAL);
		layout.marginLeft = 0;
		layout.marginTop = 0;
		layout.marginBottom = 0;
		layout.spacing = vertical ? 2 : 18;
		layout.wrap = true;
		composite.setLayout(layout);
		Enumerator first = null;
		MenuManager menu = new MenuManager();
		menu.add(new Action(Messages.Choice_clear) {

			@Override
			public void run() {
				choose(ChoiceField.this.none);
			}
		});
		for (EEnumLiteral literal : type.getELiterals()) {
			if (first == null) {
				first = literal.getInstance();
				if (Labels.isNone(first)) {
					continue;
				}
			}
			Enumerator value = literal.getInstance();
			String text = labels.getOrDefault(value.getName(), Labels.literal(type, value));
			Button button = context.toolkit().createButton(composite, FormWidgets.plain(text), SWT.RADIO);
			button.setData(value);
			button.setData(FormWidgets.BINDING_KEY, this);
			button.setMenu(menu.createContextMenu(button));
			button.addListener(SWT.Selection, e -> {
				if (!updating && button.getSelection()) {
					choose(value);
				}
			});
			buttons.add(button);
		}
		none = Labels.isNone(first) ? first : null;
		decoration = new ProblemDecoration(buttons.isEmpty() ? composite : buttons.get(0));
		composite.addListener(SWT.Dispose, e -> decoration.dispose());
		refresh();
	}

	public Composite getComposite() {
		return composite;
	}

	public List<Button> buttons() {
		return buttons;
	}

	public ChoiceField layout(GridData data) {
		data.horizontalIndent = Math.max(data.horizontalIndent, ProblemDecoration.INDENT);
		composite.setLayoutData(data);
		return this;
	}

	/** Runs after the user chose (e.g. to open the explanation of 是（需附情况说明）). */
	public ChoiceField afterChoice(Consumer<Enumerator> action) {
		this.afterChoice = action;
		return this;
	}

	private void choose(Enumerator value) {
		if (value == null || value.equals(access.get())) {
			return;
		}
		context.execute(access.set(value), NLS.bind(Messages.Field_change, label));
		if (afterChoice != null) {
			afterChoice.accept(value);
		}
	}

	/** Selects a literal as a user click does (for keyboard-less tests). */
	public void select(Enumerator value) {
		choose(value);
	}

	public Enumerator value() {
		Object v = access.get();
		return v instanceof Enumerator e ? e : null;
	}

	@Override
	public void refresh() {
		if (composite.isDisposed()) {
			return;
		}
		Object value = access.get();
		updating = true;
		try {
			for (Button button : buttons) {
				boolean selected = button.getData().equals(value);
				if (button.getSelection() != selected) {
					button.setSelection(selected);
				}
				button.setEnabled(access.isEditable());
			}
		} finally {
			updating = false;
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

	public ProblemDecoration decoration() {
		return decoration;
	}

	@Override
	public void reveal(RuleFinding finding) {
		Button target = buttons.stream().filter(Button::getSelection).findFirst().orElse(buttons.isEmpty() ? null : buttons.get(0));
		FormWidgets.reveal(target == null ? composite : target);
	}

	@Override
	public String pageId() {
		return pageId;
	}
}
