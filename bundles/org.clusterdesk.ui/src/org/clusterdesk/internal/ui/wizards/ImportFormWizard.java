/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.util.Locale;

import org.clusterdesk.internal.ui.jobs.ImportFormJob;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;

/**
 * File ▸ Import ▸ 读取已填写的Word申报表: a filled official Word form into a new .cluster file. Finish starts an
 * {@link ImportFormJob} with progress and cancel; the new document opens in the editor and the report lists every
 * place that could not be read.
 */
public class ImportFormWizard extends ClusterFileWizard<ImportFormPage, ImportFormJob> implements IImportWizard {

	public ImportFormWizard() {
		super(Messages.ImportFormWizard_title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		if (selection != null && selection.size() == 1) {
			IFile file = Adapters.adapt(selection.getFirstElement(), IFile.class);
			if (file != null && file.getLocation() != null && "docx".equals(String.valueOf(file.getFileExtension()).toLowerCase(Locale.ROOT))) { //$NON-NLS-1$
				setInitialFile(file.getLocation().toPath());
			}
		}
	}

	@Override
	ImportFormPage createPage(IWorkbenchPage activePage) {
		return new ImportFormPage(activePage);
	}

	@Override
	ImportFormJob createJob(ImportFormPage page) {
		return new ImportFormJob(page.getFormPath(), page.getEditionId(), page.getTargetPath(), page.isReplace());
	}
}
