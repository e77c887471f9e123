/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.handlers;

import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.jobs.ValidationJob;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/**
 * Validates the selected or edited file in the background; the report opens when the job ends, and the findings of
 * a workspace file become problem markers.
 */
public class ValidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ClusterTarget target = ClusterHandlers.target(event);
		if (target == null) {
			return null;
		}
		// the copy is taken now, on the UI thread: the user may go on editing while the job runs
		ValidationJob job = new ValidationJob(target, target.editorSnapshot());
		job.schedule();
		return job;
	}
}
