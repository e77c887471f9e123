/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterEditors;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.editions.EditionRegistry;
import org.clusterdesk.model.forms.DocumentFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

/**
 * New ClusterDesk file: the edition (with issuer and years), the cluster name and region, and where the file goes.
 * The file starts with the edition's empty structure ({@link DocumentFactory#create}), is written through
 * ClusterFiles, and opens in the ClusterDesk editor.
 */
public class NewClusterFileWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;

	private IStructuredSelection selection;

	private EditionPage editionPage;

	private ClusterInfoPage infoPage;

	private FileLocationPage locationPage;

	private IFile createdFile;

	public NewClusterFileWizard() {
		setWindowTitle(Messages.NewClusterFileWizard_title);
		setNeedsProgressMonitor(true);
		setHelpAvailable(false);
		setDefaultPageImageDescriptor(ClusterDeskUi.wizardBanner());
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		editionPage = new EditionPage(EditionRegistry.getDefault().getEditions());
		infoPage = new ClusterInfoPage(() -> editionPage.getEdition());
		locationPage = new FileLocationPage("location", selection); //$NON-NLS-1$
		addPage(editionPage);
		addPage(infoPage);
		addPage(locationPage);
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		// the file name follows the cluster name until the user types one
		infoPage.getNameText().addModifyListener(e -> {
			locationPage.suggestFileName(infoPage.getClusterName());
			// the location page is not the current one: it does not update the Finish button itself
			getContainer().updateButtons();
		});
	}

	@Override
	public boolean canFinish() {
		return editionPage.isPageComplete() && infoPage.isPageComplete() && locationPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		Edition edition = editionPage.getEdition();
		ClusterDocument document = DocumentFactory.create(edition, infoPage.getClusterName());
		infoPage.applyTo(document);
		IFile file = locationPage.getFile();
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				WorkspaceFiles.create(file, document, monitor);
			}
		};
		try {
			getContainer().run(false, false, operation);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			ILog.of(getClass()).error(cause.getMessage(), cause);
			showError(NLS.bind(Messages.NewClusterFileWizard_failed, file.getFullPath(), cause.getMessage()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		createdFile = file;
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		ClusterEditors.reveal(page, file);
		return true;
	}

	/** Shows a problem on the current page: no modal box on top of the wizard. */
	private void showError(String message) {
		IWizardPage current = getContainer().getCurrentPage();
		if (current instanceof WizardPage page) {
			page.setErrorMessage(message);
		}
	}

	/** The file the last finish created, or null. */
	public IFile getCreatedFile() {
		return createdFile;
	}

	public EditionPage getEditionPage() {
		return editionPage;
	}

	public ClusterInfoPage getInfoPage() {
		return infoPage;
	}

	public FileLocationPage getLocationPage() {
		return locationPage;
	}
}
