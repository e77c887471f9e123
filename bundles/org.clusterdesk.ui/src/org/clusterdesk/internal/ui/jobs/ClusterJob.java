/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.jobs;

import org.clusterdesk.internal.ui.ResultDialog;
import org.clusterdesk.internal.ui.ResultReport;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * A long-running ClusterDesk command as a user job: progress in the workbench's progress dialog (which the user may
 * send to the background) and a Cancel that leaves the files as they were. When it ends it shows its
 * {@link ResultReport} in a {@link ResultDialog}; failures are reported there too, in words, not as a stack trace.
 */
public abstract class ClusterJob extends Job {

	/** Job family of every ClusterDesk job (for tests and for waiting on shutdown). */
	public static final Object FAMILY = ClusterJob.class;

	private volatile ResultReport result;

	private volatile boolean cancelled;

	private volatile boolean showResult = true;

	protected ClusterJob(String name) {
		super(name);
		setUser(true);
		setPriority(LONG);
	}

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		try {
			result = work(monitor);
		} catch (OperationCanceledException e) {
			cancelled = true;
			return Status.CANCEL_STATUS;
		} catch (Exception | LinkageError e) {
			ILog.of(getClass()).error(getName() + ": " + e.getMessage(), e); //$NON-NLS-1$
			result = new ResultReport(getName(), IStatus.ERROR, NLS.bind(Messages.ClusterJob_failed, getName()), describe(e));
		}
		if (monitor.isCanceled() && result == null) {
			cancelled = true;
			return Status.CANCEL_STATUS;
		}
		if (showResult && result != null) {
			ResultDialog.openAsync(result);
		}
		return Status.OK_STATUS;
	}

	/** The work; throws {@link OperationCanceledException} when the user cancels, having changed nothing. */
	protected abstract ResultReport work(IProgressMonitor monitor) throws Exception;

	/** The message of an exception and of its causes, without class names where a message exists. */
	static String describe(Throwable e) {
		StringBuilder sb = new StringBuilder();
		for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
			String message = t.getLocalizedMessage() == null ? t.getClass().getSimpleName() : t.getLocalizedMessage();
			if (sb.indexOf(message) < 0) {
				if (!sb.isEmpty()) {
					sb.append(System.lineSeparator());
				}
				sb.append(message);
			}
		}
		return sb.toString();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** What the job reported when it ended, or null while it runs or after a cancel. */
	public ResultReport getResultReport() {
		return result;
	}

	/** Whether the user cancelled the job. */
	public boolean isCancelled() {
		return cancelled;
	}

	/** Whether to open the result dialog at the end (tests read {@link #getResultReport()} instead). */
	public void setShowResult(boolean showResult) {
		this.showResult = showResult;
	}
}
