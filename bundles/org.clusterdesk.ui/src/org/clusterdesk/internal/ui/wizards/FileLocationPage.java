/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.model.BaseWorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;

/**
 * Where a new {@code .cluster} file goes in the workspace: a folder (chosen in the tree or typed) and a file name.
 * A project or folder that does not exist yet is created on finish, so that a first-time user of the product, whose
 * workspace is empty, is not sent to another wizard first.
 */
public class FileLocationPage extends WizardPage {

	/** Project proposed when the workspace has none. */
	static final String DEFAULT_PROJECT = "ClusterDesk"; //$NON-NLS-1$

	private final IStructuredSelection selection;

	private TreeViewer tree;

	private Text folder;

	private Text fileName;

	private boolean fileNameEdited;

	private boolean settingText;

	private String initialFolder;

	private String suggestedBase;

	public FileLocationPage(String pageName, IStructuredSelection selection) {
		super(pageName);
		this.selection = selection == null ? StructuredSelection.EMPTY : selection;
		setTitle(Messages.FileLocationPage_title);
		setDescription(Messages.FileLocationPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);

		Label folderLabel = new Label(composite, SWT.NONE);
		folderLabel.setText(Messages.FileLocationPage_folder);
		folder = new Text(composite, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);

		tree = new TreeViewer(composite, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		tree.setContentProvider(new BaseWorkbenchContentProvider());
		tree.setLabelProvider(WorkbenchLabelProvider.getDecoratingWorkbenchLabelProvider());
		tree.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parentElement, Object element) {
				return element instanceof IProject project ? project.isOpen() : element instanceof IContainer;
			}
		});
		tree.setInput(ResourcesPlugin.getWorkspace().getRoot());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 180).applyTo(tree.getControl());
		tree.addSelectionChangedListener(e -> {
			Object element = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (element instanceof IContainer container && !settingText) {
				folder.setText(container.getFullPath().toString());
			}
		});

		Label nameLabel = new Label(composite, SWT.NONE);
		nameLabel.setText(Messages.FileLocationPage_fileName);
		fileName = new Text(composite, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fileName);

		folder.addModifyListener(e -> validate());
		fileName.addModifyListener(e -> {
			if (!settingText) {
				fileNameEdited = true;
			}
			validate();
		});

		setText(folder, initialFolder != null ? initialFolder : defaultFolder());
		revealFolder();
		if (suggestedBase != null) {
			suggestFileName(suggestedBase);
		}
		setControl(composite);
		validate();
	}

	/** The folder to start from: the selected resource's, else the first open project, else a new project. */
	private String defaultFolder() {
		Object first = selection.getFirstElement();
		IResource resource = first == null ? null : Adapters.adapt(first, IResource.class);
		if (resource != null && resource.getProject() != null && resource.getProject().isOpen()) {
			IContainer container = resource instanceof IContainer c && !(c instanceof IWorkspaceRoot) ? c : resource.getParent();
			if (container != null && !(container instanceof IWorkspaceRoot)) {
				return container.getFullPath().toString();
			}
		}
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen()) {
				return project.getFullPath().toString();
			}
		}
		return IPath.ROOT.append(DEFAULT_PROJECT).toString();
	}

	private void revealFolder() {
		IPath path = folderPath();
		if (path == null) {
			return;
		}
		IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
		if (resource instanceof IContainer) {
			settingText = true;
			try {
				tree.setSelection(new StructuredSelection(resource), true);
			} finally {
				settingText = false;
			}
		}
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			// the folder is usually right already: the name is what the user types
			fileName.setFocus();
			fileName.selectAll();
		}
	}

	/** Proposes a file name (from the cluster name) unless the user typed one. */
	public void suggestFileName(String baseName) {
		if (fileName == null) {
			suggestedBase = baseName;
			return;
		}
		if (fileNameEdited) {
			return;
		}
		setText(fileName, sanitise(baseName) + '.' + ClusterDeskUi.FILE_EXTENSION);
	}

	/** Sets the folder, as typing it does (a workspace path such as /Project/folder). */
	public void setFolder(String workspacePath) {
		if (folder == null) {
			initialFolder = workspacePath;
		} else {
			folder.setText(workspacePath);
			revealFolder();
		}
	}

	/** Characters that cannot be in a file name on some platform become _. */
	static String sanitise(String name) {
		String cleaned = name == null ? "" : name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return cleaned.isEmpty() ? Messages.FileLocationPage_defaultName : cleaned;
	}

	private void setText(Text text, String value) {
		settingText = true;
		try {
			text.setText(value);
		} finally {
			settingText = false;
		}
	}

	private IPath folderPath() {
		String value = folder.getText().strip();
		if (value.isEmpty()) {
			return null;
		}
		IPath path = IPath.fromPortableString(value.replace('\\', '/'));
		return path.makeAbsolute();
	}

	private String fileNameWithExtension() {
		String value = fileName.getText().strip();
		if (value.isEmpty()) {
			return value;
		}
		return value.toLowerCase().endsWith('.' + ClusterDeskUi.FILE_EXTENSION) ? value : value + '.' + ClusterDeskUi.FILE_EXTENSION;
	}

	private void validate() {
		if (folder == null || fileName == null) {
			return;
		}
		String problem = null;
		String info = null;
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IPath path = folderPath();
		String name = fileNameWithExtension();
		if (path == null || path.segmentCount() == 0) {
			problem = Messages.FileLocationPage_noFolder;
		} else {
			IStatus status = workspace.validatePath(path.toString(), IResource.PROJECT | IResource.FOLDER);
			IProject project = workspace.getRoot().getProject(path.segment(0));
			if (!status.isOK()) {
				problem = status.getMessage();
			} else if (!project.exists()) {
				info = NLS.bind(Messages.FileLocationPage_newProject, project.getName());
			} else if (!project.isOpen()) {
				problem = NLS.bind(Messages.FileLocationPage_closedProject, project.getName());
			} else if (workspace.getRoot().findMember(path) instanceof IFile) {
				problem = NLS.bind(Messages.FileLocationPage_notAFolder, path);
			}
		}
		if (problem == null) {
			if (name.isEmpty()) {
				problem = Messages.FileLocationPage_noFileName;
			} else {
				IStatus status = workspace.validateName(name, IResource.FILE);
				if (!status.isOK()) {
					problem = status.getMessage();
				} else if (getFile().exists() || (getFile().getLocation() != null && getFile().getLocation().toFile().exists())) {
					problem = NLS.bind(Messages.FileLocationPage_exists, getFile().getFullPath());
				}
			}
		}
		setErrorMessage(problem);
		if (problem == null && info != null) {
			setMessage(info, IMessageProvider.INFORMATION);
		} else {
			setMessage(null);
		}
		setPageComplete(problem == null);
	}

	/** The new file; only meaningful when the page is complete. */
	public IFile getFile() {
		IPath path = folderPath();
		String name = fileNameWithExtension();
		if (path == null || path.segmentCount() == 0 || name.isEmpty()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(path.append(name));
	}

	public Text getFolderText() {
		return folder;
	}

	public Text getFileNameText() {
		return fileName;
	}

	/** The selection the wizard started from. */
	protected ISelection getInitialSelection() {
		return selection;
	}
}
