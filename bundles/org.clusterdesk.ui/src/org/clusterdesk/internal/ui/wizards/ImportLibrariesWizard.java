/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.nio.file.Path;

import org.clusterdesk.internal.ui.jobs.ImportLibrariesJob;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Import Libraries: the four libraries of a competition report from an Excel workbook. Finish starts an
 * {@link ImportLibrariesJob} with progress and cancel; it reports the rows imported and every problem in a dialog.
 */
public class ImportLibrariesWizard extends ClusterFileWizard<ImportLibrariesPage, ImportLibrariesJob> implements IImportWizard {

	public ImportLibrariesWizard() {
		super(Messages.ImportLibrariesWizard_title);
	}

	/** Starts with this report (the active editor's, say). */
	public void setTarget(Path path) {
		setInitialFile(path);
	}

	@Override
	ImportLibrariesPage createPage(IWorkbenchPage activePage) {
		return new ImportLibrariesPage(activePage);
	}

	@Override
	ImportLibrariesJob createJob(ImportLibrariesPage page) {
		return new ImportLibrariesJob(page.getWorkbookPath(), page.getTargetPath(), page.isRefuseOnErrors(), page.isAllowEmpty());
	}
}
