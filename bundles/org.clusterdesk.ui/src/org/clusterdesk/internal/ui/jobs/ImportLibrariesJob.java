/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.export.ImportResult;
import org.clusterdesk.export.LibraryImporter;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.ResultReport;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Imports the four libraries from a workbook into a competition report, in the background. The workbook is read
 * first (that is the long part, and cancelling it changes nothing); then the libraries it has replace the report's:
 * as one undoable command on the editor's editing domain when the report is open in the editor (which becomes dirty),
 * else loaded, changed and saved through ClusterFiles (the previous version stays as {@code .bak}).
 */
public class ImportLibrariesJob extends ClusterJob {

	private final Path workbook;

	private final Path target;

	private final boolean refuseOnErrors;

	private final boolean allowEmpty;

	private volatile ImportResult importResult;

	private volatile boolean appliedInEditor;

	/**
	 * @param workbook       the .xlsx file
	 * @param target         the competition report's .cluster file
	 * @param refuseOnErrors whether rejected rows or values stop the import (the problems are only listed)
	 */
	public ImportLibrariesJob(Path workbook, Path target, boolean refuseOnErrors) {
		this(workbook, target, refuseOnErrors, false);
	}

	/**
	 * @param allowEmpty whether a table with a header and no rows may empty a library that has entries (otherwise the
	 *                   import is refused and says which libraries it would have emptied)
	 */
	public ImportLibrariesJob(Path workbook, Path target, boolean refuseOnErrors, boolean allowEmpty) {
		super(NLS.bind(Messages.ImportJob_name, workbook.getFileName(), target.getFileName()));
		this.workbook = workbook.toAbsolutePath().normalize();
		this.target = target.toAbsolutePath().normalize();
		this.refuseOnErrors = refuseOnErrors;
		this.allowEmpty = allowEmpty;
	}

	@Override
	protected ResultReport work(IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		String title = NLS.bind(Messages.ImportJob_title, target.getFileName());
		ImportResult result;
		try {
			result = new LibraryImporter().read(workbook, progress.split(80));
		} catch (ExportException e) {
			return new ResultReport(title, IStatus.ERROR, NLS.bind(Messages.ImportJob_unreadable, workbook.getFileName()), describe(e));
		}
		importResult = result;
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (refuseOnErrors && result.hasErrors()) {
			return report(title, result, IStatus.ERROR, NLS.bind(Messages.ImportJob_notImported, result.getErrors().size()), null);
		}
		// from here on the change is made in one step: no cancel half-way
		Outcome applied = applyToEditor(result);
		if (applied == null) {
			applied = applyToFile(result, progress.split(20));
		}
		if (applied.failed()) {
			return new ResultReport(title, IStatus.ERROR, NLS.bind(Messages.ImportJob_failed, target.getFileName()), applied.message());
		}
		int severity = result.getProblems().isEmpty() ? IStatus.INFO : IStatus.WARNING;
		return report(title, result, severity, NLS.bind(Messages.ImportJob_done, workbook.getFileName(), target.getFileName()),
				applied.message());
	}

	/** What applying the import did, or why it could not. */
	private record Outcome(boolean failed, String message) {

		static Outcome done(String message) {
			return new Outcome(false, message);
		}

		static Outcome failure(String message) {
			return new Outcome(true, message);
		}
	}

	/**
	 * Executes the import on the editing domain of the editor that has the report open, on the UI thread.
	 *
	 * @return what happened, or null when the report is not open in an editor
	 */
	private Outcome applyToEditor(ImportResult result) {
		AtomicReference<Outcome> outcome = new AtomicReference<>();
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			ClusterTarget open = ClusterTarget.of(target, page);
			EditingDomain domain = open.editingDomain();
			if (domain == null) {
				return;
			}
			ClusterDocument document = open.editorDocument();
			if (!(document instanceof CompetitionReport report)) {
				outcome.set(Outcome.failure(NLS.bind(Messages.ImportJob_notCompetition, target.getFileName())));
				return;
			}
			if (!allowEmpty && !result.getEmptied(report).isEmpty()) {
				outcome.set(Outcome.failure(NLS.bind(Messages.ImportJob_wouldEmpty, target.getFileName(), result.describeReplacement(report))));
				return;
			}
			Command command = result.createCommand(domain, report);
			if (!command.canExecute()) {
				outcome.set(Outcome.failure(NLS.bind(Messages.ImportJob_cannotExecute, target.getFileName())));
				return;
			}
			domain.getCommandStack().execute(command);
			appliedInEditor = true;
			outcome.set(Outcome.done(Messages.ImportJob_appliedInEditor));
		});
		return outcome.get();
	}

	/** Loads the closed report, applies the import and saves it. */
	private Outcome applyToFile(ImportResult result, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		ClusterDocument document;
		try {
			document = ClusterFiles.load(target);
		} catch (ClusterLoadException e) {
			return Outcome.failure(e.getMessage());
		}
		if (!(document instanceof CompetitionReport report)) {
			return Outcome.failure(NLS.bind(Messages.ImportJob_notCompetition, target.getFileName()));
		}
		progress.worked(1);
		if (!allowEmpty && !result.getEmptied(report).isEmpty()) {
			return Outcome.failure(NLS.bind(Messages.ImportJob_wouldEmpty, target.getFileName(), result.describeReplacement(report)));
		}
		result.applyTo(report);
		try {
			ClusterFiles.save(report.eResource(), target);
		} catch (IOException e) {
			return Outcome.failure(NLS.bind(Messages.ImportJob_saveFailed, target, e.getMessage()));
		}
		progress.worked(1);
		IFile file = ClusterTarget.of(target, null).file();
		if (file != null) {
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
			} catch (CoreException e) {
				ILog.of(getClass()).warn(e.getMessage(), e);
			}
		}
		return Outcome.done(NLS.bind(Messages.ImportJob_savedToFile, target.getFileName() + ClusterFiles.BACKUP_SUFFIX));
	}

	private ResultReport report(String title, ImportResult result, int severity, String summary, String applied) {
		StringBuilder details = new StringBuilder();
		details.append(NLS.bind(Messages.ImportJob_detailWorkbook, workbook)).append('\n');
		details.append(NLS.bind(Messages.ImportJob_detailTarget, target)).append('\n');
		if (applied != null) {
			details.append(applied).append('\n');
		}
		details.append('\n').append(result.getSummary().strip()).append('\n');
		if (!result.getProblems().isEmpty()) {
			details.append('\n').append(NLS.bind(Messages.ImportJob_problems, result.getProblems().size())).append('\n');
			for (ImportProblem problem : result.getProblems()) {
				details.append(problem.isError() ? Messages.ImportJob_error : Messages.ImportJob_warning).append(problem).append('\n');
			}
			if (result.getOmittedProblems() > 0) {
				details.append(NLS.bind(Messages.ImportJob_omitted, result.getOmittedProblems())).append('\n');
			}
		}
		return new ResultReport(title, severity, summary, details.toString().strip());
	}

	/** What the workbook held, once read; null before or when it could not be read. */
	public ImportResult getImportResult() {
		return importResult;
	}

	/** Whether the import went onto an open editor's command stack (rather than into the closed file). */
	public boolean isAppliedInEditor() {
		return appliedInEditor;
	}

	public Path getWorkbook() {
		return workbook;
	}

	public Path getTarget() {
		return target;
	}
}
