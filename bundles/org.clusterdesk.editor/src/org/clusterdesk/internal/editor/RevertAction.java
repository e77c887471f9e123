/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchCommandConstants;

/** File > Revert: back to the file as saved. */
final class RevertAction extends Action {

	private final ClusterEditor editor;

	RevertAction(ClusterEditor editor) {
		super(Messages.Action_revert);
		this.editor = editor;
		setActionDefinitionId(IWorkbenchCommandConstants.FILE_REVERT);
		setEnabled(false);
	}

	@Override
	public void run() {
		editor.revert();
	}
}
