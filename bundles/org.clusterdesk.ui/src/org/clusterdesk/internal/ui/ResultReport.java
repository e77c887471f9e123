/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui;

import org.eclipse.core.runtime.IStatus;

/**
 * What a long-running command tells the user when it ends: a one-line summary and the details (written files,
 * validation findings, rows imported), as plain text the user can copy into a mail or a ticket.
 *
 * @param title    the dialog title
 * @param severity {@link IStatus#OK}, {@link IStatus#INFO}, {@link IStatus#WARNING} or {@link IStatus#ERROR}
 * @param summary  one or two sentences
 * @param details  the full report, may be empty
 */
public record ResultReport(String title, int severity, String summary, String details) {

	public ResultReport {
		details = details == null ? "" : details; //$NON-NLS-1$
	}

	/** Summary and details as one text, the way the Copy button puts it on the clipboard. */
	public String text() {
		return details.isEmpty() ? summary : summary + System.lineSeparator() + System.lineSeparator() + details;
	}

	public boolean isError() {
		return severity == IStatus.ERROR;
	}
}
