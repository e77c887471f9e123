/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.ui.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.ResourceUtil;
import org.eclipse.ui.part.EditorPart;

/**
 * The smallest editor with an EMF editing domain, as the ClusterDesk editor exposes it (IEditingDomainProvider):
 * lets the tests check that the UI commands go through the domain of whatever editor has the file open.
 */
public class DomainTestEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = "org.clusterdesk.ui.tests.domainEditor";

	private AdapterFactoryEditingDomain domain;

	private Path path;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		path = ResourceUtil.getFile(input).getLocation().toPath();
		BasicCommandStack stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack,
				ClusterFiles.createResourceSet());
		try {
			ClusterFiles.load(domain.getResourceSet(), path);
		} catch (ClusterLoadException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		stack.addCommandStackListener(e -> site.getShell().getDisplay().asyncExec(() -> firePropertyChange(PROP_DIRTY)));
	}

	public ClusterDocument document() {
		return (ClusterDocument) domain.getResourceSet().getResources().get(0).getContents().get(0);
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			ClusterFiles.save(domain.getResourceSet().getResources().get(0), path);
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			firePropertyChange(PROP_DIRTY);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void createPartControl(Composite parent) {
		new Label(parent, SWT.NONE).setText(path.getFileName().toString());
	}

	@Override
	public void setFocus() {
	}
}
