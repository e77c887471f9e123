/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.nio.file.Path;

import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.jobs.ExportJob;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Export to Word (draft or final) or Excel. Finish starts an {@link ExportJob}: the export runs in the background
 * with progress and cancel, and reports in a dialog when it ends. A file open in the editor is exported as the
 * editor holds it, unsaved changes included.
 */
public class ExportWizard extends ClusterFileWizard<ExportPage, ExportJob> implements IExportWizard {

	public ExportWizard() {
		super(Messages.ExportWizard_title);
		setNeedsProgressMonitor(false);
	}

	/** Starts with this file (the active editor's, say). */
	public void setSource(Path path) {
		setInitialFile(path);
	}

	@Override
	ExportPage createPage(IWorkbenchPage activePage) {
		return new ExportPage(activePage);
	}

	@Override
	ExportJob createJob(ExportPage page) {
		ClusterTarget source = ClusterTarget.of(page.getSourcePath(), activePage());
		// the copy is taken now, on the UI thread: the user may go on editing while the job runs
		return new ExportJob(source, source.editorSnapshot(), page.getFormat(), page.getOutputPath(), page.isTrendCharts());
	}
}
