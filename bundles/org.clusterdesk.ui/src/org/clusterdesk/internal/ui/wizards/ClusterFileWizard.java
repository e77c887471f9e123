/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.nio.file.Path;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.jobs.ClusterJob;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;

/**
 * A one-page wizard that works on a .cluster file and finishes by starting a job: it starts with the file selected in
 * the workbench (or handed over by the active editor) and knows the active page, so that files open in an editor are
 * used as the editor shows them.
 *
 * @param <P> its page
 * @param <J> the job its finish starts
 */
abstract class ClusterFileWizard<P extends WizardPage & ClusterFileWizard.FilePage, J extends ClusterJob> extends Wizard implements IWorkbenchWizard {

	/** The wizard's page: the .cluster file it works on, and a last look at what the user typed before finishing. */
	interface FilePage {

		/** Starts with this .cluster file. */
		void setFile(Path path);

		/** Re-checks the fields (the file system may have changed since the last keystroke). */
		void refresh();
	}

	private IWorkbench workbench;

	private Path initialFile;

	private P page;

	private J job;

	private boolean showResult = true;

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
		if (page != null) {
			page.setFile(path);
		}
	}

	/** The page, made when the wizard is opened. */
	abstract P createPage(IWorkbenchPage activePage);

	/** The job of a finish, from the page's fields (complete by now). */
	abstract J createJob(P page);

	@Override
	public void addPages() {
		page = createPage(activePage());
		if (initialFile != null) {
			page.setFile(initialFile);
		}
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		page.refresh();
		if (!page.isPageComplete()) {
			return false;
		}
		job = createJob(page);
		job.setShowResult(showResult);
		job.schedule();
		return true;
	}

	public P getPage() {
		return page;
	}

	/** The job the last finish started, or null. */
	public J getJob() {
		return job;
	}

	/** Whether the job opens its result dialog (tests read the job's report instead). */
	public void setShowResult(boolean showResult) {
		this.showResult = showResult;
	}

	IWorkbenchPage activePage() {
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		return window == null ? null : window.getActivePage();
	}
}
