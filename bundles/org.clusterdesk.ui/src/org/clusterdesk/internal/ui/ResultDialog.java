/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/**
 * Shows a {@link ResultReport}: the summary with its icon, the details in a read-only text the user can select
 * (Ctrl+A, Ctrl+C) and a Copy button for the whole report. It does not block: the user may keep it open beside
 * the editor while fixing what it lists.
 */
public class ResultDialog extends Dialog {

	/** Id of the Copy button. */
	public static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

	private final ResultReport report;

	private Text details;

	private Label copied;

	public ResultDialog(Shell parent, ResultReport report) {
		super(parent);
		this.report = report;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	/** Opens the report in a new dialog on the UI thread, parented to the active workbench window. */
	public static void openAsync(ResultReport report) {
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : Display.getDefault();
		display.asyncExec(() -> open(report));
	}

	/** Opens the report; call on the UI thread. */
	public static ResultDialog open(ResultReport report) {
		Shell parent = PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
				? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
				: null;
		ResultDialog dialog = new ResultDialog(parent, report);
		dialog.open();
		return dialog;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(report.title());
	}

	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.max(size.x, 760), Math.max(size.y, 480));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);

		Label icon = new Label(area, SWT.NONE);
		icon.setImage(iconImage());
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
		Label summary = new Label(area, SWT.WRAP);
		summary.setText(report.summary());
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);

		details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		details.setText(report.details().isEmpty() ? report.summary() : report.details());
		// a read-only text does not select all on Ctrl+A on every platform
		details.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'a' || e.keyCode == 'A')) {
				details.selectAll();
				e.doit = false;
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(700, 320).applyTo(details);

		copied = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(copied);
		return area;
	}

	private Image iconImage() {
		Display display = getShell() == null ? Display.getCurrent() : getShell().getDisplay();
		return switch (report.severity()) {
		case IStatus.ERROR -> display.getSystemImage(SWT.ICON_ERROR);
		case IStatus.WARNING -> display.getSystemImage(SWT.ICON_WARNING);
		default -> display.getSystemImage(SWT.ICON_INFORMATION);
		};
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, Messages.ResultDialog_copy, false);
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.ResultDialog_close, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			copyToClipboard();
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Puts the whole report on the clipboard. */
	public void copyToClipboard() {
		Clipboard clipboard = new Clipboard(getShell().getDisplay());
		try {
			clipboard.setContents(new Object[] { report.text() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		copied.setText(Messages.ResultDialog_copied);
	}

	public ResultReport getReport() {
		return report;
	}

	/** The read-only text with the details. */
	public Text getDetailsText() {
		return details;
	}
}
