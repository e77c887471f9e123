/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.nio.file.Path;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;

/**
 * A one-page wizard that works on a .cluster file: it starts with the file selected in the workbench (or handed over
 * by the active editor) and knows the active page, so that files open in an editor are used as the editor shows them.
 */
abstract class ClusterFileWizard extends Wizard implements IWorkbenchWizard {

	private IWorkbench workbench;

	private Path initialFile;

	ClusterFileWizard(String title) {
		setWindowTitle(title);
		setHelpAvailable(false);
		setDefaultPageImageDescriptor(ClusterDeskUi.wizardBanner());
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		IFile file = ClusterTarget.selectedFile(selection);
		if (file != null && file.getLocation() != null) {
			initialFile = file.getLocation().toPath();
		}
	}

	/** Starts with this file (the active editor's, say). */
	void setInitialFile(Path path) {
		initialFile = path;
		fileChanged(path);
	}

	/** The file the wizard starts with, or null. */
	Path initialFile() {
		return initialFile;
	}

	/** Hands a newly given start file to the page, if it exists already. */
	abstract void fileChanged(Path path);

	IWorkbenchPage activePage() {
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		return window == null ? null : window.getActivePage();
	}
}
