/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.List;
import java.util.stream.Collectors;

import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The error or warning icon at the top left of a control, with the messages on hover: the findings of the last
 * validation, and a local error (text that is not a number) which comes first.
 */
public final class ProblemDecoration {

	/** Horizontal room a decorated control leaves at its left for the icon. */
	public static final int INDENT = 9;

	private final Control control;

	private ControlDecoration decoration;

	private String localError;

	private List<RuleFinding> findings = List.of();

	public ProblemDecoration(Control control) {
		this.control = control;
	}

	public void setLocalError(String message) {
		localError = message;
		update();
	}

	public String localError() {
		return localError;
	}

	public void setFindings(List<RuleFinding> findings) {
		this.findings = findings;
		update();
	}

	public List<RuleFinding> findings() {
		return findings;
	}

	/** The severity shown: an error, a warning or nothing. */
	public boolean hasError() {
		return localError != null || findings.stream().anyMatch(RuleFinding::isError);
	}

	public boolean hasWarning() {
		return !hasError() && !findings.isEmpty();
	}

	/** The messages as the hover shows them. */
	public String description() {
		StringBuilder sb = new StringBuilder();
		if (localError != null) {
			sb.append(localError);
		}
		String text = findings.stream().map(RuleFinding::message).collect(Collectors.joining("\n")); //$NON-NLS-1$
		if (!text.isEmpty()) {
			if (sb.length() > 0) {
				sb.append('\n');
			}
			sb.append(text);
		}
		return sb.toString();
	}

	private void update() {
		if (control.isDisposed()) {
			return;
		}
		boolean error = hasError();
		boolean warning = hasWarning();
		if (!error && !warning) {
			if (decoration != null) {
				decoration.hide();
				decoration.setDescriptionText(null);
			}
			return;
		}
		if (decoration == null) {
			decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
			decoration.setMarginWidth(0);
		}
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		decoration.setImage(images.getImage(error ? ISharedImages.IMG_DEC_FIELD_ERROR : ISharedImages.IMG_DEC_FIELD_WARNING));
		decoration.setDescriptionText(description());
		decoration.show();
	}

	/** Whether the icon is showing (for tests). */
	public boolean isShowing() {
		return decoration != null && decoration.isVisible();
	}

	public void dispose() {
		if (decoration != null) {
			decoration.dispose();
			decoration = null;
		}
	}
}
