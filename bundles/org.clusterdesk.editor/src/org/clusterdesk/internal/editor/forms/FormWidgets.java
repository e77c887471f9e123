/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.math.BigDecimal;

import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.derived.DerivedValue;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** Small helpers shared by the form's controls: labels in the form's style, colours, tooltips, revealing a control. */
public final class FormWidgets {

	/** Widget data key under which a control keeps its binding (tests and reveal find it there). */
	public static final String BINDING_KEY = "org.clusterdesk.editor.binding"; //$NON-NLS-1$

	/** Widget data key of the row label a control belongs to (tests find fields by their label). */
	public static final String ROW_KEY = "org.clusterdesk.editor.row"; //$NON-NLS-1$

	/** Width of the label column, in pixels: wide enough for the forms' long row names on two or three lines. */
	public static final int LABEL_WIDTH = 300;

	/** Width of a number cell in a yearly table. */
	public static final int CELL_WIDTH = 96;

	private static Color disagreement;

	private static Color computed;

	private FormWidgets() {
	}

	/** Light red behind a value that disagrees with what it is computed from. */
	public static Color disagreementColor(Display display) {
		if (disagreement == null) {
			disagreement = new Color(display, 255, 222, 222);
		}
		return disagreement;
	}

	private static Color warning;

	/** Light yellow behind a value with a warning. */
	public static Color warningColor(Display display) {
		if (warning == null) {
			warning = new Color(display, 255, 245, 200);
		}
		return warning;
	}

	/** Grey-blue of computed (read-only) values. */
	public static Color computedColor(Display display) {
		if (computed == null) {
			computed = new Color(display, 60, 90, 130);
		}
		return computed;
	}

	/** The tooltip of a derived value: its formula, the computed and the entered value. */
	public static String derivedToolTip(DerivedValue value) {
		StringBuilder sb = new StringBuilder();
		sb.append(NLS.bind(Messages.Derived_formula, value.formula()));
		sb.append('\n').append(NLS.bind(Messages.Derived_computed, format(value.rounded())));
		if (value.entered() != null) {
			sb.append('\n').append(NLS.bind(Messages.Derived_entered, value.entered().toPlainString()));
		}
		if (value.disagrees()) {
			sb.append('\n').append(Messages.Derived_disagrees);
		}
		sb.append("  [").append(value.rule()).append(']'); //$NON-NLS-1$
		return sb.toString();
	}

	/** A computed value as the forms print it: two decimals, or — when an input is missing. */
	public static String format(BigDecimal value) {
		return value == null ? Messages.Derived_missing : DecimalMath.round2(value).toPlainString();
	}

	/** Text shown as is in a label or button: R&D keeps its & (SWT would take it for a mnemonic). */
	public static String plain(String text) {
		return text == null ? "" : text.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A row label in the label column: wraps, aligned top. */
	public static Label rowLabel(FormToolkit toolkit, Composite parent, String text, int span) {
		Label label = toolkit.createLabel(parent, plain(text), SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, false, false, span, 1);
		data.widthHint = LABEL_WIDTH;
		label.setLayoutData(data);
		return label;
	}

	/** The row's note, as the form prints it in small grey type below or beside the row. */
	public static Label note(FormToolkit toolkit, Composite parent, String text, int span) {
		Label label = toolkit.createLabel(parent, plain(text), SWT.WRAP);
		label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		label.setFont(smallFont());
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		data.widthHint = 200;
		label.setLayoutData(data);
		return label;
	}

	/** A read-only computed value: blue-grey italic. */
	public static Label computedLabel(FormToolkit toolkit, Composite parent) {
		Label label = toolkit.createLabel(parent, "", SWT.RIGHT); //$NON-NLS-1$
		label.setForeground(computedColor(parent.getDisplay()));
		label.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT));
		return label;
	}

	public static Font smallFont() {
		return JFaceResources.getFontRegistry().getItalic(JFaceResources.DIALOG_FONT);
	}

	/** A composite with a grid layout of the given columns and no margins, filling its row. */
	public static Composite grid(FormToolkit toolkit, Composite parent, int columns, int span) {
		Composite composite = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(columns, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.horizontalSpacing = 6;
		layout.verticalSpacing = 4;
		composite.setLayout(layout);
		composite.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, span, 1));
		return composite;
	}

	/** Scrolls the form to the control and gives it the focus. */
	public static void reveal(Control control) {
		if (control == null || control.isDisposed()) {
			return;
		}
		control.setFocus();
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled) {
				scrolled.showControl(control);
				break;
			}
		}
	}
}
