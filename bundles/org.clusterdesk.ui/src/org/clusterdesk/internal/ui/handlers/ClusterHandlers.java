/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.handlers;

import org.clusterdesk.internal.ui.ClusterTarget;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** What the handlers share: which file a command is about, and opening a wizard. */
final class ClusterHandlers {

	private ClusterHandlers() {
	}

	/**
	 * The {@code .cluster} file the command is about: the one in the active ClusterDesk editor, else the single
	 * selected file (Project Explorer, Navigator, …), else the one in the last active ClusterDesk editor; null when
	 * there is none (the plugin.xml enablement keeps that from happening from menus).
	 */
	static ClusterTarget target(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		ClusterTarget target = ClusterTarget.ofEditor(part);
		if (target != null) {
			return target;
		}
		target = ClusterTarget.ofSelection(HandlerUtil.getCurrentSelection(event), page(event));
		if (target != null) {
			return target;
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return ClusterTarget.ofEditor(editor);
	}

	static IWorkbenchPage page(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		return window == null ? null : window.getActivePage();
	}

	/** The current selection as a structured selection (empty for a text selection). */
	static IStructuredSelection structuredSelection(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		return selection instanceof IStructuredSelection structured ? structured : StructuredSelection.EMPTY;
	}

	/** Opens the wizard in a dialog; returns the dialog's return code. */
	static int openWizard(ExecutionEvent event, IWizard wizard) {
		Shell shell = HandlerUtil.getActiveShell(event);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setHelpAvailable(false);
		dialog.create();
		return dialog.open();
	}
}
