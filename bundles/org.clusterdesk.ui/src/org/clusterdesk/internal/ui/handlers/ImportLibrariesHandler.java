/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.handlers;

import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.wizards.ImportLibrariesWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

/** Opens the Import Libraries wizard for the selected or edited competition report. */
public class ImportLibrariesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ImportLibrariesWizard wizard = new ImportLibrariesWizard();
		wizard.init(PlatformUI.getWorkbench(), ClusterHandlers.structuredSelection(event));
		ClusterTarget target = ClusterHandlers.target(event);
		if (target != null && target.path() != null) {
			wizard.setTarget(target.path());
		}
		ClusterHandlers.openWizard(event, wizard);
		return null;
	}
}
