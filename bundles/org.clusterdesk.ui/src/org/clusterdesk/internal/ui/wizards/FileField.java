/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.eclipse.ui.model.BaseWorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;

/**
 * A file on disk, typed or chosen in the workspace or the file system: a label, a text with the absolute path and
 * the two browse buttons, in a grid of four columns. Workspace files are shown by their location so that one field
 * serves both.
 */
public class FileField {

	private final String extension;

	private final String dialogTitle;

	private final boolean save;

	private final Text text;

	/**
	 * @param parent      a composite with a four-column grid layout
	 * @param label       the label text
	 * @param extension   the file extension, without the dot
	 * @param dialogTitle the browse dialogs' title
	 * @param save        whether the file is to be written (file system only, a Save dialog)
	 */
	public FileField(Composite parent, String label, String extension, String dialogTitle, boolean save) {
		this.extension = extension;
		this.dialogTitle = dialogTitle;
		this.save = save;
		Label labelControl = new Label(parent, SWT.NONE);
		labelControl.setText(label);
		text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).span(save ? 2 : 1, 1).applyTo(text);
		if (!save) {
			Button workspace = new Button(parent, SWT.PUSH);
			workspace.setText(Messages.FileField_workspace);
			workspace.addListener(SWT.Selection, e -> browseWorkspace());
		}
		Button fileSystem = new Button(parent, SWT.PUSH);
		fileSystem.setText(save ? Messages.FileField_browse : Messages.FileField_fileSystem);
		fileSystem.addListener(SWT.Selection, e -> browseFileSystem());
	}

	private void browseWorkspace() {
		ElementTreeSelectionDialog dialog = new ElementTreeSelectionDialog(text.getShell(), new WorkbenchLabelProvider(),
				new BaseWorkbenchContentProvider());
		dialog.setTitle(dialogTitle);
		dialog.setMessage(Messages.FileField_workspaceMessage);
		dialog.setInput(ResourcesPlugin.getWorkspace().getRoot());
		dialog.setAllowMultiple(false);
		dialog.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parentElement, Object element) {
				if (element instanceof IProject project) {
					return project.isOpen();
				}
				return element instanceof IContainer || element instanceof IFile file && extension.equalsIgnoreCase(file.getFileExtension());
			}
		});
		dialog.setValidator(selection -> selection.length == 1 && selection[0] instanceof IFile ? Status.OK_STATUS
				: new Status(IStatus.ERROR, getClass(), Messages.FileField_chooseFile));
		IFile current = workspaceFile();
		if (current != null) {
			dialog.setInitialSelection(current);
		}
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile file && file.getLocation() != null) {
			text.setText(file.getLocation().toOSString());
		}
	}

	private void browseFileSystem() {
		FileDialog dialog = new FileDialog(text.getShell(), save ? SWT.SAVE : SWT.OPEN);
		dialog.setText(dialogTitle);
		dialog.setFilterExtensions(new String[] { "*." + extension, "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(false); // the page itself asks for the overwrite tick
		Path current = getPath();
		if (current != null) {
			if (current.getParent() != null) {
				dialog.setFilterPath(current.getParent().toString());
			}
			dialog.setFileName(current.getFileName().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			text.setText(chosen);
		}
	}

	/** The absolute path typed or chosen, or null when empty or not a path. */
	public Path getPath() {
		String value = text.getText().strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Path.of(value).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The workspace file at the path, or null. */
	public IFile workspaceFile() {
		Path path = getPath();
		if (path == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(path));
		return file != null && file.getProject().isOpen() ? file : null;
	}

	/** Whether the path names an existing regular file. */
	public boolean exists() {
		Path path = getPath();
		return path != null && Files.isRegularFile(path);
	}

	public void setPath(Path path) {
		text.setText(path == null ? "" : path.toString()); //$NON-NLS-1$
	}

	public Text getText() {
		return text;
	}

	/** Whether the resource is a file of this field's kind. */
	public boolean accepts(IResource resource) {
		return resource instanceof IFile file && extension.equalsIgnoreCase(file.getFileExtension());
	}
}
