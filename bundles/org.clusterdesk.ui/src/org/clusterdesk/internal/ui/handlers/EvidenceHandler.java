/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.handlers;

import java.nio.file.Path;

import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.jobs.EvidenceJob;
import org.clusterdesk.internal.ui.jobs.EvidenceMessages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * 集群申报 ▸ 生成佐证材料: asks where to write the bundle (beside the document by default) and assembles it in a job with
 * progress and cancel; the attachments are read from beside the document, the document as the editor holds it.
 */
public class EvidenceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ClusterTarget target = ClusterHandlers.target(event);
		if (target == null || target.path() == null) {
			return null;
		}
		Path source = target.path();
		String base = source.getFileName().toString().replaceFirst("\\.cluster$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
		dialog.setText(EvidenceMessages.EvidenceHandler_dialogTitle);
		dialog.setFilterExtensions(new String[] { "*.pdf" }); //$NON-NLS-1$
		dialog.setFilterPath(source.toAbsolutePath().getParent().toString());
		dialog.setFileName(NLS.bind(EvidenceMessages.EvidenceHandler_defaultName, base));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		// the copy is taken now, on the UI thread: the user may go on editing while the job runs
		EvidenceJob job = new EvidenceJob(target, target.editorSnapshot(), Path.of(chosen));
		job.schedule();
		return job;
	}
}
