/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.jobs;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;

/** Files the jobs write, seen from the workspace. */
final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	/**
	 * Refreshes the workspace file at the location, so that a file a job wrote inside the workspace shows in the
	 * Project Explorer at once; returns it, or null when the location is outside every open project.
	 */
	static IFile refresh(Path location, IProgressMonitor monitor) {
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(location));
		if (file == null || !file.getProject().isOpen()) {
			return null;
		}
		try {
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		} catch (CoreException e) {
			ILog.of(WorkspaceFiles.class).warn(e.getMessage(), e);
		}
		return file;
	}
}
