/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.nio.file.Path;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.jobs.ImportLibrariesJob;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Import Libraries: the four libraries of a competition report from an Excel workbook. Finish starts an
 * {@link ImportLibrariesJob} with progress and cancel; it reports the rows imported and every problem in a dialog.
 */
public class ImportLibrariesWizard extends Wizard implements IImportWizard {

	private IWorkbench workbench;

	private Path initialTarget;

	private ImportLibrariesPage page;

	private ImportLibrariesJob job;

	private boolean showResult = true;

	public ImportLibrariesWizard() {
		setWindowTitle(Messages.ImportLibrariesWizard_title);
		setHelpAvailable(false);
		setDefaultPageImageDescriptor(ClusterDeskUi.wizardBanner());
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		IFile file = ClusterTarget.selectedFile(selection);
		if (file != null && file.getLocation() != null) {
			initialTarget = file.getLocation().toPath();
		}
	}

	/** Starts with this report (the active editor's, say). */
	public void setTarget(Path path) {
		initialTarget = path;
		if (page != null) {
			page.setTarget(path);
		}
	}

	@Override
	public void addPages() {
		page = new ImportLibrariesPage(activePage());
		if (initialTarget != null) {
			page.setTarget(initialTarget);
		}
		addPage(page);
	}

	private IWorkbenchPage activePage() {
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		return window == null ? null : window.getActivePage();
	}

	@Override
	public boolean performFinish() {
		page.refresh();
		if (!page.isPageComplete()) {
			return false;
		}
		job = new ImportLibrariesJob(page.getWorkbookPath(), page.getTargetPath(), page.isRefuseOnErrors());
		job.setShowResult(showResult);
		job.schedule();
		return true;
	}

	/** The job the last finish started, or null. */
	public ImportLibrariesJob getJob() {
		return job;
	}

	public ImportLibrariesPage getPage() {
		return page;
	}

	/** Whether the job opens its result dialog (tests read the job's report instead). */
	public void setShowResult(boolean showResult) {
		this.showResult = showResult;
	}
}
