/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import java.util.List;

import org.clusterdesk.model.Edition;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The 填报说明 of the edition, as the form prints them, at hand from every page. */
public final class InstructionsDialog extends Dialog {

	private final Edition edition;

	private InstructionsDialog(Shell shell, Edition edition) {
		super(shell);
		this.edition = edition;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	/** Opens the instructions beside the editor (not modal: the user may keep typing). */
	public static void open(Shell shell, Edition edition) {
		new InstructionsDialog(shell, edition).open();
	}

	/** The instructions as numbered paragraphs. */
	public static String text(Edition edition) {
		if (edition == null) {
			return ""; //$NON-NLS-1$
		}
		List<String> instructions = edition.getInstructions();
		if (instructions.isEmpty()) {
			return Messages.Instructions_none;
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < instructions.size(); i++) {
			sb.append(i + 1).append('.').append(instructions.get(i)).append("\n\n"); //$NON-NLS-1$
		}
		return sb.toString().strip();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(edition == null ? Messages.Page_instructions : NLS.bind(Messages.Instructions_title, edition.getTitle()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Text text = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		text.setText(text(edition));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 620;
		data.heightHint = 460;
		text.setLayoutData(data);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		close();
	}
}
