/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/** Writes a new document into the workspace: project and folders as needed, the file through ClusterFiles. */
public final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	/**
	 * Creates the file with the document; the containers that do not exist yet are created first.
	 *
	 * @throws CoreException when a container or the file cannot be written; an existing file is never replaced
	 */
	public static void create(IFile file, ClusterDocument document, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		if (file.exists()) {
			throw new CoreException(Status.error(NLS.bind(Messages.WorkspaceFiles_exists, file.getFullPath())));
		}
		createContainer(file.getParent(), progress.split(1));
		Path location = file.getLocation().toPath();
		if (location.toFile().exists()) {
			// on disk but not yet refreshed into the workspace: never overwrite a filer's work
			throw new CoreException(Status.error(NLS.bind(Messages.WorkspaceFiles_exists, location)));
		}
		Resource resource = ClusterFiles.createResourceSet().createResource(URI.createFileURI(location.toString()));
		resource.getContents().add(document);
		try {
			ClusterFiles.save(resource, location);
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.WorkspaceFiles_saveFailed, location, e.getMessage()), e));
		}
		progress.worked(1);
		file.getParent().refreshLocal(IResource.DEPTH_ONE, progress.split(1));
	}

	/** Creates the project (and opens it) and the folders down to the container. */
	public static void createContainer(IContainer container, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		if (container.exists() && container.isAccessible()) {
			return;
		}
		if (container instanceof IProject project) {
			if (!project.exists()) {
				project.create(progress.split(1));
			}
			if (!project.isOpen()) {
				project.open(progress.split(1));
			}
			return;
		}
		createContainer(container.getParent(), progress.split(1));
		if (container instanceof IFolder folder && !folder.exists()) {
			folder.create(IResource.NONE, true, progress.split(1));
		}
	}

	/** Whether a workspace file is a ClusterDesk document by its name. */
	public static boolean isClusterFile(IFile file) {
		return file != null && ClusterDeskUi.FILE_EXTENSION.equals(file.getFileExtension());
	}
}
