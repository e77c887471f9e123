/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui;

import java.nio.file.Path;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.ResourceUtil;

/**
 * The {@code .cluster} file a command or wizard works on: where it is on disk, the workspace file when it is one,
 * and the ClusterDesk editor that has it open, if any — because an open editor may hold changes that are not saved
 * yet, and a change to the file must then go through the editor's editing domain.
 */
public final class ClusterTarget {

	private final Path path;

	private final IFile file;

	private final IEditorPart editor;

	private ClusterTarget(Path path, IFile file, IEditorPart editor) {
		this.path = path;
		this.file = file;
		this.editor = editor;
	}

	/** The file at the path, with the workspace file and the open editor looked up in the page (may be null). */
	public static ClusterTarget of(Path path, IWorkbenchPage page) {
		Path absolute = path.toAbsolutePath().normalize();
		IFile file = workspaceFile(absolute);
		return new ClusterTarget(absolute, file, findEditor(page, file, absolute));
	}

	/** A workspace file. */
	public static ClusterTarget of(IFile file, IWorkbenchPage page) {
		IPath location = file.getLocation();
		Path path = location == null ? null : location.toPath();
		return new ClusterTarget(path, file, findEditor(page, file, path));
	}

	/** What the ClusterDesk editor edits, or null when the part is not one. */
	public static ClusterTarget ofEditor(IWorkbenchPart part) {
		if (!(part instanceof IEditorPart editor) || !isClusterEditor(editor)) {
			return null;
		}
		IEditorInput input = editor.getEditorInput();
		IFile file = ResourceUtil.getFile(input);
		if (file != null && file.getLocation() != null) {
			return new ClusterTarget(file.getLocation().toPath(), file, editor);
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) { //$NON-NLS-1$
			return new ClusterTarget(Path.of(uriInput.getURI()), null, editor);
		}
		return null;
	}

	/** The single {@code .cluster} file of a selection (anything that adapts to IFile), or null. */
	public static ClusterTarget ofSelection(ISelection selection, IWorkbenchPage page) {
		IFile file = selectedFile(selection);
		return file == null ? null : of(file, page);
	}

	/** The single selected {@code .cluster} file, or null. */
	public static IFile selectedFile(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && ClusterDeskUi.FILE_EXTENSION.equals(file.getFileExtension())) {
				return file;
			}
		}
		return null;
	}

	/** Whether the editor is the ClusterDesk editor (or another editor that offers a ClusterDesk editing domain). */
	public static boolean isClusterEditor(IEditorPart editor) {
		if (editor == null) {
			return false;
		}
		if (ClusterDeskUi.EDITOR_ID.equals(editor.getSite().getId())) {
			return true;
		}
		EditingDomain domain = editingDomain(editor);
		return domain != null && document(domain, null) != null;
	}

	/** The editing domain the editor exposes through {@link IEditingDomainProvider}, or null. */
	public static EditingDomain editingDomain(IEditorPart editor) {
		IEditingDomainProvider provider = Adapters.adapt(editor, IEditingDomainProvider.class);
		return provider == null ? null : provider.getEditingDomain();
	}

	/** The document of an editing domain: the one loaded from the file when known, else the first one. */
	public static ClusterDocument document(EditingDomain domain, Path file) {
		ResourceSet set = domain.getResourceSet();
		ClusterDocument first = null;
		URI wanted = file == null ? null : URI.createFileURI(file.toString());
		for (Resource resource : set.getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ClusterDocument document) {
				if (wanted == null || wanted.equals(set.getURIConverter().normalize(resource.getURI())) || isSameFile(resource.getURI(), file)) {
					return document;
				}
				if (first == null) {
					first = document;
				}
			}
		}
		return first;
	}

	private static boolean isSameFile(URI uri, Path file) {
		if (uri.isFile()) {
			return Path.of(uri.toFileString()).toAbsolutePath().normalize().equals(file);
		}
		if (uri.isPlatformResource()) {
			IFile resource = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(uri.toPlatformString(true)));
			return resource.getLocation() != null && resource.getLocation().toPath().equals(file);
		}
		return false;
	}

	private static IFile workspaceFile(Path absolute) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IFile file = root.getFileForLocation(IPath.fromPath(absolute));
		return file != null && file.getProject().isOpen() ? file : null;
	}

	private static IEditorPart findEditor(IWorkbenchPage page, IFile file, Path path) {
		if (page == null) {
			return null;
		}
		if (file != null) {
			IEditorPart editor = ResourceUtil.findEditor(page, file);
			if (editor != null && isClusterEditor(editor)) {
				return editor;
			}
		}
		if (path == null) {
			return null;
		}
		// a file outside the workspace, opened through File > Open File…
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput() instanceof IURIEditorInput input && "file".equals(input.getURI().getScheme()) //$NON-NLS-1$
						&& Path.of(input.getURI()).toAbsolutePath().normalize().equals(path)) {
					IEditorPart editor = reference.getEditor(false);
					if (editor != null && isClusterEditor(editor)) {
						return editor;
					}
				}
			} catch (PartInitException | IllegalArgumentException e) {
				// an editor that cannot tell its input is not ours
			}
		}
		return null;
	}

	/** The file on disk. */
	public Path path() {
		return path;
	}

	/** The workspace file, or null when the file is outside the workspace. */
	public IFile file() {
		return file;
	}

	/** The ClusterDesk editor that has the file open, or null. */
	public IEditorPart editor() {
		return editor;
	}

	/** The editing domain of the open editor, or null when the file is not open. */
	public EditingDomain editingDomain() {
		return editor == null ? null : editingDomain(editor);
	}

	/** The document as the open editor holds it (unsaved changes included), or null when the file is not open. */
	public ClusterDocument editorDocument() {
		EditingDomain domain = editingDomain();
		return domain == null ? null : document(domain, path);
	}

	/** Whether the open editor has changes that are not saved. */
	public boolean isDirty() {
		return editor != null && editor.isDirty();
	}

	/**
	 * A copy of what the editor holds, in a resource of its own, that a background job may read while the user
	 * goes on editing; null when the file is not open (the job then reads the file).
	 */
	public ClusterDocument editorSnapshot() {
		ClusterDocument document = editorDocument();
		if (document == null) {
			return null;
		}
		ClusterDocument copy = EcoreUtil.copy(document);
		Resource resource = ClusterFiles.createResourceSet()
				.createResource(URI.createFileURI(path.toString()));
		resource.getContents().add(copy);
		return copy;
	}

	/** The file name, for messages. */
	public String name() {
		return path == null ? file.getName() : path.getFileName().toString();
	}
}
