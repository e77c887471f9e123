/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Reads the {@code .cluster} file a wizard page names, once per path: the document as the open editor holds it, else
 * as saved; or the reason it cannot be read.
 */
final class ClusterFileCheck {

	private final IWorkbenchPage page;

	private Path path;

	private ClusterDocument document;

	private String problem;

	private ClusterTarget target;

	ClusterFileCheck(IWorkbenchPage page) {
		this.page = page;
	}

	/** Checks the path; typing a path does not reload the same file at every key stroke. */
	void check(Path newPath) {
		if (newPath != null && newPath.equals(path) && (document != null || problem != null)) {
			return;
		}
		path = newPath;
		document = null;
		problem = null;
		target = null;
		if (newPath == null) {
			return;
		}
		if (!Files.isRegularFile(newPath)) {
			problem = NLS.bind(Messages.EarlierApplicationPage_notFound, newPath);
			return;
		}
		target = ClusterTarget.of(newPath, page);
		document = target.editorDocument();
		if (document == null) {
			try {
				document = ClusterFiles.load(newPath);
			} catch (ClusterLoadException e) {
				problem = e.getMessage();
			}
		}
	}

	/** Forget what was read (the file may have changed). */
	void reset() {
		path = null;
	}

	ClusterDocument document() {
		return document;
	}

	String problem() {
		return problem;
	}

	ClusterTarget target() {
		return target;
	}
}
