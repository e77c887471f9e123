/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review.ui;

import java.nio.file.Path;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.review.FirstProblem;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/** Opens an application of the Review view in the ClusterDesk editor, at its first problem. */
final class OpenApplication {

	private OpenApplication() {
	}

	/**
	 * Opens the file (a workspace file as such, so that markers and Save work as usual; else as a file outside the
	 * workspace) or activates the editor that has it open, then shows the page and field of the first problem.
	 */
	static IEditorPart open(IWorkbenchPage page, Path file, FirstProblem first) throws PartInitException {
		IFile workspaceFile = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(file));
		IEditorPart editor = workspaceFile != null && workspaceFile.exists()
				? IDE.openEditor(page, workspaceFile, ClusterEditor.ID, true)
				: IDE.openEditor(page, file.toUri(), ClusterEditor.ID, true);
		if (editor instanceof ClusterEditor clusterEditor && first != null) {
			reveal(clusterEditor, first);
		}
		return editor;
	}

	/** The finding again, its owner found by its URI fragment in the document the editor holds. */
	static void reveal(ClusterEditor editor, FirstProblem first) {
		ClusterDocument document = editor.getDocument();
		Resource resource = document == null ? null : document.eResource();
		EObject owner = null;
		if (resource != null && first.fragment() != null) {
			try {
				owner = resource.getEObject(first.fragment());
			} catch (RuntimeException e) {
				// a fragment the document no longer has (edited since): the section still leads to the page
			}
		}
		EStructuralFeature feature = owner == null || first.feature() == null ? null : owner.eClass().getEStructuralFeature(first.feature());
		editor.reveal(new RuleFinding(first.ruleId(), first.error() ? Diagnostic.ERROR : Diagnostic.WARNING, first.section(), null, null, null,
				null, first.message(), owner, feature));
	}
}
