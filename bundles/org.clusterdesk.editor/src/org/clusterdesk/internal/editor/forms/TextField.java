/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.derived.TextFigures;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A text field bound to one value: text, a number, a date or a list of names. Numbers are read when the user
 * presses Enter or leaves the field; text is also written after a pause in typing, so that validation follows the
 * typing. Unreadable input keeps its text and shows an error at once. A narrative shows a live counter (187 / 200)
 * that turns red past its limit.
 */
public class TextField implements Binding, ProblemTarget {

	/** Pause in typing after which text is written to the model. */
	static final int TYPING_PAUSE_MS = 500;

	private final FormContext context;

	private final ValueAccess access;

	private final ValueConverter converter;

	private final String label;

	private final String pageId;

	private final Text text;

	private final ProblemDecoration decoration;

	private final Runnable typingCommit = this::commitIfAlive;

	private Label counter;

	private Integer maxLength;

	private Supplier<DerivedValue> derived;

	private String baseToolTip;

	private Object lastModel;

	private boolean pending;

	private boolean updating;

	private boolean markedDisagreeing;

	/**
	 * @param style SWT.MULTI for a narrative (wrapping, scrolling), else a single line
	 */
	public TextField(FormContext context, Composite parent, String pageId, ValueAccess access, ValueConverter converter, String label,
			int style) {
		this.context = context;
		this.access = access;
		this.converter = converter;
		this.label = label;
		this.pageId = pageId;
		boolean multi = (style & SWT.MULTI) != 0;
		int textStyle = multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
		if (converter.isNumeric()) {
			textStyle |= SWT.RIGHT;
		}
		text = context.toolkit().createText(parent, "", textStyle | SWT.BORDER); //$NON-NLS-1$
		text.setData(FormWidgets.BINDING_KEY, this);
		decoration = new ProblemDecoration(text);
		text.addModifyListener(e -> typed());
		if (!multi) {
			text.addListener(SWT.DefaultSelection, e -> commit());
		} else {
			// Tab moves on to the next field, as everywhere else in the form
			text.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					e.doit = true;
				}
			});
		}
		text.addListener(SWT.FocusOut, e -> commit());
		text.addListener(SWT.Dispose, e -> {
			context.forget(this);
			decoration.dispose();
		});
		if (converter == ValueConverter.DECIMAL) {
			// 填报说明 2: 数据有小数时，保留小数点后2位
			baseToolTip = context.instructionAbout(Messages.Field_decimalsWords);
		}
		refresh();
	}

	public Text getText() {
		return text;
	}

	public ValueAccess access() {
		return access;
	}

	public String label() {
		return label;
	}

	public ProblemDecoration decoration() {
		return decoration;
	}

	/** Lays the field out in a grid cell, leaving room for the problem icon. */
	public TextField layout(GridData data) {
		data.horizontalIndent = Math.max(data.horizontalIndent, ProblemDecoration.INDENT);
		text.setLayoutData(data);
		return this;
	}

	/** Adds a counter (187 / 200) below or beside the field. */
	public TextField counter(Composite parent, Integer limit) {
		this.maxLength = limit;
		counter = context.toolkit().createLabel(parent, "", SWT.RIGHT); //$NON-NLS-1$
		updateCounter();
		return this;
	}

	public Label counterLabel() {
		return counter;
	}

	/** Marks the field when its value disagrees with the value computed from others (D rules), at once. */
	public TextField derived(Supplier<DerivedValue> value) {
		this.derived = value;
		updateDerived();
		return this;
	}

	public TextField toolTip(String toolTip) {
		baseToolTip = toolTip;
		updateDerived();
		return this;
	}

	private void typed() {
		if (updating) {
			return;
		}
		if (!pending) {
			pending = true;
			context.setPending(this, true);
		}
		updateCounter();
		if (converter.isNumeric() || converter == ValueConverter.DATE_VALUE || converter == ValueConverter.YEAR_MONTH) {
			// a clear error at once, but the value is only written on Enter or when leaving the field
			try {
				converter.fromText(text.getText());
				decoration.setLocalError(null);
			} catch (ValueConverter.ConversionException e) {
				decoration.setLocalError(e.getMessage());
			}
		}
		if (converter.commitWhileTyping()) {
			text.getDisplay().timerExec(TYPING_PAUSE_MS, typingCommit);
		}
	}

	private void commitIfAlive() {
		if (!text.isDisposed()) {
			commit();
		}
	}

	@Override
	public boolean commit() {
		if (!pending || text.isDisposed()) {
			return true;
		}
		Object value;
		try {
			value = converter.fromText(text.getText());
		} catch (ValueConverter.ConversionException e) {
			decoration.setLocalError(e.getMessage());
			context.host().showStatus(NLS.bind(Messages.Field_notRead, label, e.getMessage()), true);
			return false;
		}
		decoration.setLocalError(null);
		pending = false;
		context.setPending(this, false);
		if (!Objects.equals(value, access.get()) && !(isEmpty(value) && isEmpty(access.get()))) {
			context.execute(access.set(value), NLS.bind(Messages.Field_change, label));
		}
		return true;
	}

	private static boolean isEmpty(Object value) {
		return value == null || value instanceof List<?> list && list.isEmpty();
	}

	@Override
	public boolean isPending() {
		return pending;
	}

	@Override
	public void refresh() {
		if (text.isDisposed()) {
			return;
		}
		Object value = access.get();
		if (pending && Objects.equals(value, lastModel)) {
			// the user's typed text stays until it is committed
		} else {
			String shown = converter.toText(value);
			if (!shown.equals(text.getText())) {
				updating = true;
				try {
					text.setText(shown);
				} finally {
					updating = false;
				}
			}
			if (pending) {
				pending = false;
				context.setPending(this, false);
			}
			decoration.setLocalError(null);
		}
		lastModel = value;
		text.setEditable(access.isEditable());
		updateCounter();
		updateDerived();
	}

	private void updateCounter() {
		if (counter == null || counter.isDisposed()) {
			return;
		}
		int length = TextFigures.length(text.getText());
		counter.setText(maxLength == null ? NLS.bind(Messages.Field_counterNoLimit, length) : NLS.bind(Messages.Field_counter, length, maxLength));
		boolean over = maxLength != null && length > maxLength;
		counter.setForeground(text.getDisplay().getSystemColor(over ? SWT.COLOR_RED : SWT.COLOR_DARK_GRAY));
		counter.setToolTipText(over ? NLS.bind(Messages.Field_counterOver, length - maxLength) : Messages.Field_counterRule);
		counter.getParent().layout(new Control[] { counter });
	}

	private void updateDerived() {
		DerivedValue value = derived == null ? null : derived.get();
		boolean disagrees = value != null && value.disagrees();
		if (disagrees != markedDisagreeing) {
			markedDisagreeing = disagrees;
			Color background = disagrees ? FormWidgets.disagreementColor(text.getDisplay()) : context.toolkit().getColors().getBackground();
			text.setBackground(background);
		}
		String tip = baseToolTip;
		if (value != null) {
			String formula = FormWidgets.derivedToolTip(value);
			tip = tip == null ? formula : tip + "\n\n" + formula; //$NON-NLS-1$
		}
		if (!Objects.equals(tip, text.getToolTipText())) {
			text.setToolTipText(tip);
		}
	}

	/** Whether the field is shown marked as disagreeing with its computed value (for tests). */
	public boolean isMarkedDisagreeing() {
		DerivedValue value = derived == null ? null : derived.get();
		return value != null && value.disagrees();
	}

	// ---------------------------------------------------------------- findings

	@Override
	public int match(EObject owner, EStructuralFeature feature) {
		return access.match(owner, feature);
	}

	@Override
	public int match(RuleFinding finding, EObject owner, EStructuralFeature feature) {
		return access.match(finding, owner, feature);
	}

	@Override
	public void showProblems(List<RuleFinding> findings) {
		decoration.setFindings(findings);
	}

	@Override
	public void reveal(RuleFinding finding) {
		FormWidgets.reveal(text);
	}

	@Override
	public String pageId() {
		return pageId;
	}
}
