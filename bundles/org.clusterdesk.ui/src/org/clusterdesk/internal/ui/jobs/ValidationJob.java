/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.jobs;

import java.util.List;
import java.util.Map;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.ResultReport;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Validates one document against the rule catalogue in the background, shows the report and, for a workspace file,
 * puts the findings on it as problem markers. A document open in the editor is validated as the editor holds it.
 */
public class ValidationJob extends ClusterJob {

	private final ClusterTarget target;

	private final ClusterDocument snapshot;

	private volatile ValidationReport report;

	/** The ClusterDesk editor has the file open: its live checks keep the Problems view current. */
	private final boolean liveMarkers;

	/**
	 * @param target   the file
	 * @param snapshot a copy of the editor's document to validate, or null to read the file
	 */
	public ValidationJob(ClusterTarget target, ClusterDocument snapshot) {
		super(NLS.bind(Messages.ValidationJob_name, target.name()));
		this.target = target;
		this.snapshot = snapshot;
		this.liveMarkers = target.editor() != null && ClusterDeskUi.EDITOR_ID.equals(target.editor().getSite().getId());
		if (target.file() != null) {
			setRule(target.file().getWorkspace().getRuleFactory().markerRule(target.file()));
		}
	}

	@Override
	protected ResultReport work(IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.ValidationJob_name, target.name()), 10);
		ClusterDocument document;
		try {
			document = snapshot != null ? snapshot : ClusterFiles.load(target.path());
		} catch (ClusterLoadException e) {
			return new ResultReport(getName(), IStatus.ERROR, NLS.bind(Messages.ValidationJob_unreadable, target.name()), e.getMessage());
		}
		progress.worked(1);
		checkCancel(progress);
		progress.subTask(Messages.ValidationJob_checking);
		report = ClusterValidation.validate(document);
		progress.worked(6);
		checkCancel(progress);
		if (target.file() != null && liveMarkers) {
			// no second set of the same problems beside the editor's own
			ValidationMarkers.clear(target.file());
		} else if (target.file() != null) {
			progress.subTask(Messages.ValidationJob_markers);
			ValidationMarkers.update(target.file(), report, progress.split(3));
		}
		return describe(report);
	}

	private static void checkCancel(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	private ResultReport describe(ValidationReport validation) {
		int errors = validation.errors().size();
		int warnings = validation.warnings().size();
		String summary;
		int severity;
		if (errors == 0 && warnings == 0) {
			summary = NLS.bind(Messages.ValidationJob_clean, target.name());
			severity = IStatus.INFO;
		} else {
			summary = NLS.bind(Messages.ValidationJob_found, new Object[] { target.name(), errors, warnings });
			severity = errors > 0 ? IStatus.ERROR : IStatus.WARNING;
		}
		StringBuilder details = new StringBuilder();
		if (snapshot != null && target.isDirty()) {
			details.append(Messages.ValidationJob_unsavedContent).append('\n');
		}
		if (!validation.eligible()) {
			details.append(Messages.ValidationJob_ineligible).append('\n');
		}
		if (target.file() != null && !validation.findings().isEmpty()) {
			details.append(liveMarkers ? Messages.ValidationJob_seeEditorProblems : Messages.ValidationJob_seeProblems).append('\n');
		}
		appendFindings(details, validation, false);
		return new ResultReport(NLS.bind(Messages.ValidationJob_title, target.name()), severity, summary, details.toString().strip());
	}

	/** The findings (or only the errors) by section, one line each, errors and warnings marked. */
	static void appendFindings(StringBuilder details, ValidationReport validation, boolean errorsOnly) {
		for (Map.Entry<String, List<RuleFinding>> section : validation.bySection().entrySet()) {
			List<RuleFinding> findings = errorsOnly ? section.getValue().stream().filter(RuleFinding::isError).toList() : section.getValue();
			if (findings.isEmpty()) {
				continue;
			}
			RuleFinding first = findings.get(0);
			details.append('\n');
			details.append(section.getKey() == null ? Messages.ValidationJob_otherSection : ValidationMarkers.sectionHeading(first));
			details.append('\n');
			for (RuleFinding finding : findings) {
				details.append(finding.isError() ? Messages.ValidationJob_error : Messages.ValidationJob_warning);
				details.append(finding.message());
				if (finding.expected() != null && !finding.expected().isBlank()) {
					details.append(NLS.bind(Messages.ValidationJob_expected, finding.expected()));
				}
				details.append('\n');
			}
		}
	}

	/** The report of the last run, or null. */
	public ValidationReport getValidationReport() {
		return report;
	}
}
