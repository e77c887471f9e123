/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.nio.file.Path;

import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.jobs.ExportJob;
import org.eclipse.ui.IExportWizard;

/**
 * Export to Word (draft or final) or Excel. Finish starts an {@link ExportJob}: the export runs in the background
 * with progress and cancel, and reports in a dialog when it ends. A file open in the editor is exported as the
 * editor holds it, unsaved changes included.
 */
public class ExportWizard extends ClusterFileWizard implements IExportWizard {

	private ExportPage page;

	private ExportJob job;

	private boolean showResult = true;

	public ExportWizard() {
		super(Messages.ExportWizard_title);
		setNeedsProgressMonitor(false);
	}

	/** Starts with this file (the active editor's, say). */
	public void setSource(Path path) {
		setInitialFile(path);
	}

	@Override
	void fileChanged(Path path) {
		if (page != null) {
			page.setSource(path);
		}
	}

	@Override
	public void addPages() {
		page = new ExportPage(activePage());
		if (initialFile() != null) {
			page.setSource(initialFile());
		}
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		page.refresh();
		if (!page.isPageComplete()) {
			return false;
		}
		ClusterTarget source = ClusterTarget.of(page.getSourcePath(), activePage());
		// the copy is taken now, on the UI thread: the user may go on editing while the job runs
		job = new ExportJob(source, source.editorSnapshot(), page.getFormat(), page.getOutputPath(), page.isTrendCharts());
		job.setShowResult(showResult);
		job.schedule();
		return true;
	}

	/** The job the last finish started, or null. */
	public ExportJob getJob() {
		return job;
	}

	public ExportPage getPage() {
		return page;
	}

	/** Whether the job opens its result dialog (tests read the job's report instead). */
	public void setShowResult(boolean showResult) {
		this.showResult = showResult;
	}
}
