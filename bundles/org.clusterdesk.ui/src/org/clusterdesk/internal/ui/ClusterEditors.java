/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

/** Opening new and changed {@code .cluster} files for the user. */
public final class ClusterEditors {

	private ClusterEditors() {
	}

	/** Whether the ClusterDesk editor is installed (the workbench may run without it). */
	public static boolean isEditorInstalled() {
		return PlatformUI.getWorkbench().getEditorRegistry().findEditor(ClusterDeskUi.EDITOR_ID) != null;
	}

	/**
	 * Shows a new file in the Project Explorer and opens it in the ClusterDesk editor. Without that editor the file
	 * is only shown: the platform's default for an unknown file type would be an external program.
	 *
	 * @return the editor, or null when none was opened
	 */
	public static IEditorPart reveal(IWorkbenchPage page, IFile file) {
		if (page == null) {
			return null;
		}
		selectInExplorer(page, file);
		if (!isEditorInstalled()) {
			return null;
		}
		try {
			return IDE.openEditor(page, file, ClusterDeskUi.EDITOR_ID, true);
		} catch (PartInitException e) {
			ILog.of(ClusterEditors.class).error(e.getMessage(), e);
			return null;
		}
	}

	private static void selectInExplorer(IWorkbenchPage page, IFile file) {
		IViewPart explorer = page.findView(IPageLayout.ID_PROJECT_EXPLORER);
		if (explorer instanceof ISetSelectionTarget target) {
			target.selectReveal(new StructuredSelection(file));
		}
	}
}
