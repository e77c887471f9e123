/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.handlers;

import org.clusterdesk.internal.ui.wizards.NewClusterFileWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

/** Opens the new ClusterDesk file wizard, starting in the folder of the selection. */
public class NewClusterFileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		NewClusterFileWizard wizard = new NewClusterFileWizard();
		wizard.init(PlatformUI.getWorkbench(), ClusterHandlers.structuredSelection(event));
		ClusterHandlers.openWizard(event, wizard);
		return null;
	}
}
