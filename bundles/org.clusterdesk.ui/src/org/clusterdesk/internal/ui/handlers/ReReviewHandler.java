/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.handlers;

import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.wizards.ReReviewWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

/** Opens the re-review wizard, starting from the selected or edited file when there is one. */
public class ReReviewHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ReReviewWizard wizard = new ReReviewWizard();
		wizard.init(PlatformUI.getWorkbench(), ClusterHandlers.structuredSelection(event));
		ClusterTarget target = ClusterHandlers.target(event);
		if (target != null && target.path() != null) {
			wizard.setEarlier(target.path());
		}
		ClusterHandlers.openWizard(event, wizard);
		return null;
	}
}
