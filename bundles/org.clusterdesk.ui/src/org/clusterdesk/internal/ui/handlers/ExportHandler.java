/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.handlers;

import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.wizards.ExportWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

/** Opens the export wizard on the selected or edited file. */
public class ExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ExportWizard wizard = new ExportWizard();
		wizard.init(PlatformUI.getWorkbench(), ClusterHandlers.structuredSelection(event));
		ClusterTarget target = ClusterHandlers.target(event);
		if (target != null && target.path() != null) {
			wizard.setSource(target.path());
		}
		ClusterHandlers.openWizard(event, wizard);
		return null;
	}
}
