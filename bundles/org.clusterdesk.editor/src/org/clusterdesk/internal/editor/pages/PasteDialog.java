/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Shows what a paste into a library would add: accepted and rejected rows, and each problem by line and column. */
final class PasteDialog extends Dialog {

	private final LibraryPaste.Report report;

	private PasteDialog(Shell shell, LibraryPaste.Report report) {
		super(shell);
		this.report = report;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	static boolean confirm(Shell shell, LibraryPaste.Report report) {
		return new PasteDialog(shell, report).open() == Window.OK;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Paste_dialogTitle, report.library()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label summary = new Label(area, SWT.WRAP);
		summary.setText(NLS.bind(Messages.Paste_summary, new Object[] { report.pasted(), report.accepted().size(), report.rejected() }));
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		if (!report.problems().isEmpty()) {
			TableViewer viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
			viewer.getTable().setHeaderVisible(true);
			viewer.getTable().setLinesVisible(true);
			viewer.setContentProvider(ArrayContentProvider.getInstance());
			column(viewer, Messages.Paste_colLine, 70, p -> p.line() == 0 ? Messages.Paste_header : NLS.bind(Messages.Paste_line, p.line()), true);
			column(viewer, Messages.Paste_colColumn, 150, p -> p.column() == null ? "" : p.column(), false); //$NON-NLS-1$
			column(viewer, Messages.Paste_colValue, 120, p -> p.value() == null ? "" : p.value(), false); //$NON-NLS-1$
			column(viewer, Messages.Paste_colReason, 380, LibraryPaste.Problem::reason, false);
			viewer.setInput(report.problems().toArray());
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.heightHint = 240;
			data.widthHint = 760;
			viewer.getTable().setLayoutData(data);
		}
		return area;
	}

	private static void column(TableViewer viewer, String header, int width, Function<LibraryPaste.Problem, String> text,
			boolean icon) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				return text.apply((LibraryPaste.Problem) element);
			}

			@Override
			public Image getImage(Object element) {
				return icon ? PlatformUI.getWorkbench().getSharedImages().getImage(((LibraryPaste.Problem) element).error()
						? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK) : null;
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (!report.accepted().isEmpty()) {
			createButton(parent, IDialogConstants.OK_ID, NLS.bind(Messages.Paste_add, report.accepted().size()), true);
			createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		} else {
			createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
		}
	}
}
