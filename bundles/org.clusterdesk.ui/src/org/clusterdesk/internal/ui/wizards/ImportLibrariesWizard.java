/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.nio.file.Path;

import org.clusterdesk.internal.ui.jobs.ImportLibrariesJob;
import org.eclipse.ui.IImportWizard;

/**
 * Import Libraries: the four libraries of a competition report from an Excel workbook. Finish starts an
 * {@link ImportLibrariesJob} with progress and cancel; it reports the rows imported and every problem in a dialog.
 */
public class ImportLibrariesWizard extends ClusterFileWizard implements IImportWizard {

	private ImportLibrariesPage page;

	private ImportLibrariesJob job;

	private boolean showResult = true;

	public ImportLibrariesWizard() {
		super(Messages.ImportLibrariesWizard_title);
	}

	/** Starts with this report (the active editor's, say). */
	public void setTarget(Path path) {
		setInitialFile(path);
	}

	@Override
	void fileChanged(Path path) {
		if (page != null) {
			page.setTarget(path);
		}
	}

	@Override
	public void addPages() {
		page = new ImportLibrariesPage(activePage());
		if (initialFile() != null) {
			page.setTarget(initialFile());
		}
		addPage(page);
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
