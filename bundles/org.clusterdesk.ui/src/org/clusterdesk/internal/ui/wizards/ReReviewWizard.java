/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterEditors;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.forms.DocumentFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

/**
 * Re-review (复核): a new re-review file started from an earlier application, with the basic information carried
 * over and the earlier plan's indicators, baselines and targets in the completion table, ready for the achieved
 * values ({@link DocumentFactory#reReview}).
 */
public class ReReviewWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;

	private IStructuredSelection selection = StructuredSelection.EMPTY;

	private Path initialEarlier;

	private EarlierApplicationPage earlierPage;

	private FileLocationPage locationPage;

	private IFile createdFile;

	public ReReviewWizard() {
		setWindowTitle(Messages.ReReviewWizard_title);
		setNeedsProgressMonitor(true);
		setHelpAvailable(false);
		setDefaultPageImageDescriptor(ClusterDeskUi.wizardBanner());
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection == null ? StructuredSelection.EMPTY : selection;
		IFile file = ClusterTarget.selectedFile(this.selection);
		if (file != null && file.getLocation() != null) {
			initialEarlier = file.getLocation().toPath();
		}
	}

	/** Starts from this earlier application (the file of the active editor, say). */
	public void setEarlier(Path path) {
		initialEarlier = path;
		if (earlierPage != null) {
			earlierPage.setInitialPath(path);
		}
	}

	@Override
	public void addPages() {
		earlierPage = new EarlierApplicationPage(activePage());
		locationPage = new FileLocationPage("location", selection); //$NON-NLS-1$
		locationPage.setTitle(Messages.ReReviewWizard_locationTitle);
		if (initialEarlier != null) {
			earlierPage.setInitialPath(initialEarlier);
		}
		earlierPage.setOnChange(this::earlierChanged);
		addPage(earlierPage);
		addPage(locationPage);
	}

	private void earlierChanged() {
		Application earlier = earlierPage.getEarlier();
		if (earlier == null) {
			return;
		}
		ClusterTarget target = ClusterTarget.of(earlierPage.getEarlierPath(), null);
		if (target.file() != null) {
			locationPage.setFolder(target.file().getParent().getFullPath().toString());
		}
		String name = earlier.getName() == null || earlier.getName().isBlank() ? target.name().replaceFirst("\\.cluster$", "") //$NON-NLS-1$ //$NON-NLS-2$
				: earlier.getName();
		locationPage.suggestFileName(NLS.bind(Messages.ReReviewWizard_fileName, name));
	}

	private IWorkbenchPage activePage() {
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		return window == null ? null : window.getActivePage();
	}

	@Override
	public boolean performFinish() {
		Application earlier = earlierPage.getEarlier();
		if (earlier == null) {
			return false;
		}
		Application review = DocumentFactory.reReview(earlier, earlierPage.getReviewEdition());
		IFile file = locationPage.getFile();
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				WorkspaceFiles.create(file, review, monitor);
			}
		};
		try {
			getContainer().run(false, false, operation);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			ILog.of(getClass()).error(cause.getMessage(), cause);
			IWizardPage current = getContainer().getCurrentPage();
			if (current instanceof WizardPage page) {
				page.setErrorMessage(NLS.bind(Messages.NewClusterFileWizard_failed, file.getFullPath(), cause.getMessage()));
			}
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		createdFile = file;
		ClusterEditors.reveal(activePage(), file);
		return true;
	}

	public IFile getCreatedFile() {
		return createdFile;
	}

	public EarlierApplicationPage getEarlierPage() {
		return earlierPage;
	}

	public FileLocationPage getLocationPage() {
		return locationPage;
	}
}
