/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.Objects;
import java.util.function.Supplier;

import org.clusterdesk.model.derived.DerivedValue;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * A read-only computed value beside what it is computed from (growth, average growth, ratios, totals), with its
 * formula as tooltip; red when the entered value disagrees with it.
 */
public final class DerivedLabel implements Binding {

	private final Label label;

	private final Supplier<DerivedValue> value;

	private final String prefix;

	/** @param prefix text before the value (计算值 …), or null for the bare value */
	public DerivedLabel(FormContext context, Composite parent, Supplier<DerivedValue> value, String prefix) {
		this.value = value;
		this.prefix = prefix;
		label = FormWidgets.computedLabel(context.toolkit(), parent);
		refresh();
	}

	public Label getLabel() {
		return label;
	}

	public DerivedValue value() {
		return value.get();
	}

	@Override
	public void refresh() {
		if (label.isDisposed()) {
			return;
		}
		DerivedValue v = value.get();
		String number = v == null ? "" : FormWidgets.format(v.computed()); //$NON-NLS-1$
		String text = v == null ? "" : prefix == null ? number : NLS.bind(prefix, number); //$NON-NLS-1$
		if (!Objects.equals(text, label.getText())) {
			label.setText(text);
			label.getParent().layout(new Control[] { label });
		}
		boolean disagrees = v != null && v.disagrees();
		label.setForeground(disagrees ? label.getDisplay().getSystemColor(SWT.COLOR_RED) : FormWidgets.computedColor(label.getDisplay()));
		label.setToolTipText(v == null ? null : FormWidgets.derivedToolTip(v));
	}
}
