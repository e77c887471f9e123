/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.clusterdesk.internal.export.imports.Messages;
import org.clusterdesk.internal.export.imports.WorkbookImport;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.LibraryRow;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * What a library import read: detached libraries with the accepted entries, which of the four lists the workbook had,
 * how many rows each accepted and rejected, the sheets that were not library tables and every problem. Applying it
 * replaces exactly the lists the workbook had and leaves the others as they are.
 */
public final class ImportResult {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	private final String fileName;

	private final WorkbookImport.Outcome outcome;

	ImportResult(String fileName, WorkbookImport.Outcome outcome) {
		this.fileName = fileName;
		this.outcome = outcome;
	}

	/** The libraries read: detached, holding only the lists of {@link #getImportedLibraries()}. */
	public ClusterLibraries getLibraries() {
		return outcome.libraries();
	}

	/** The lists of {@link ClusterLibraries} the workbook had a sheet for (e.g. CLUSTER_LIBRARIES__EXISTING). */
	public List<EReference> getImportedLibraries() {
		return outcome.imported();
	}

	/** Entries accepted into the list. */
	public int getAccepted(EReference library) {
		return outcome.accepted().getOrDefault(library, 0);
	}

	/** Rows rejected whole (no name) for the list. */
	public int getRejected(EReference library) {
		return outcome.rejected().getOrDefault(library, 0);
	}

	/** Sheets that are not a library table (other tables, notes): read, recognised as such and left alone. */
	public List<String> getIgnoredSheets() {
		return outcome.ignored();
	}

	/** Every problem, rejected rows and cells first reported in sheet order. */
	public List<ImportProblem> getProblems() {
		return outcome.problems();
	}

	/** The rejected rows and values. */
	public List<ImportProblem> getErrors() {
		return outcome.problems().stream().filter(ImportProblem::isError).toList();
	}

	public boolean hasErrors() {
		return outcome.problems().stream().anyMatch(ImportProblem::isError);
	}

	/** Problems beyond the listed ones (a sheet where every cell is wrong), counted only. */
	public int getOmittedProblems() {
		return outcome.omitted();
	}

	/** One line per imported list (accepted and rejected rows), per ignored sheet and for unlisted problems. */
	public String getSummary() {
		StringBuilder summary = new StringBuilder();
		for (EReference library : getImportedLibraries()) {
			summary.append(NLS.bind(Messages.Summary_line,
					new Object[] { label(library), getAccepted(library), getRejected(library) })).append('\n');
		}
		for (String sheet : getIgnoredSheets()) {
			summary.append(NLS.bind(Messages.Summary_ignoredSheet, sheet)).append('\n');
		}
		if (getOmittedProblems() > 0) {
			summary.append(NLS.bind(Messages.Summary_omitted, getOmittedProblems())).append('\n');
		}
		return summary.toString();
	}

	/**
	 * The lists this import would empty: the workbook has the table (a header) but no entry for it, and the report
	 * has entries there now. Callers refuse to apply such an import unless the user asked for it explicitly.
	 */
	public List<EReference> getEmptied(CompetitionReport report) {
		List<EReference> emptied = new ArrayList<>();
		for (EReference library : getImportedLibraries()) {
			if (((List<?>) getLibraries().eGet(library)).isEmpty() && current(report, library) > 0) {
				emptied.add(library);
			}
		}
		return emptied;
	}

	/** One line per list this import replaces: how many entries the report has now and how many it will have. */
	public String describeReplacement(CompetitionReport report) {
		StringBuilder lines = new StringBuilder();
		for (EReference library : getImportedLibraries()) {
			int before = current(report, library);
			int after = ((List<?>) getLibraries().eGet(library)).size();
			String line = after == 0 && before > 0 ? NLS.bind(Messages.Summary_emptied, label(library), before)
					: NLS.bind(Messages.Summary_replaced, new Object[] { label(library), before, after });
			lines.append(line).append('\n');
		}
		return lines.toString();
	}

	private static int current(CompetitionReport report, EReference library) {
		return report.getLibraries() == null ? 0 : ((List<?>) report.getLibraries().eGet(library)).size();
	}

	/** Replaces the report's lists that the workbook had by copies of the imported entries (command line). */
	public void applyTo(CompetitionReport report) {
		ClusterLibraries copy = EcoreUtil.copy(getLibraries());
		if (report.getLibraries() == null) {
			report.setLibraries(copy);
			return;
		}
		for (EReference library : getImportedLibraries()) {
			@SuppressWarnings("unchecked")
			List<LibraryRow> target = (List<LibraryRow>) report.getLibraries().eGet(library);
			@SuppressWarnings("unchecked")
			List<LibraryRow> rows = new ArrayList<>((List<LibraryRow>) copy.eGet(library));
			target.clear();
			target.addAll(rows);
		}
	}

	/**
	 * The import as ONE command for the editor's command stack: undo restores every list as it was. Copies the
	 * imported entries, so the result can be applied again.
	 */
	public Command createCommand(EditingDomain domain, CompetitionReport report) {
		String label = Messages.Command_label;
		String description = NLS.bind(Messages.Command_description, fileName);
		ClusterLibraries copy = EcoreUtil.copy(getLibraries());
		ClusterLibraries current = report.getLibraries();
		CompoundCommand command = new CompoundCommand(label, description);
		if (current == null) {
			command.append(new SetCommand(domain, report, P.getCompetitionReport_Libraries(), copy));
			return command;
		}
		for (EReference library : getImportedLibraries()) {
			Collection<?> old = new ArrayList<>((List<?>) current.eGet(library));
			if (!old.isEmpty()) {
				command.append(new RemoveCommand(domain, current, library, old));
			}
			Collection<?> rows = new ArrayList<>((List<?>) copy.eGet(library));
			if (!rows.isEmpty()) {
				command.append(new AddCommand(domain, current, library, rows));
			}
		}
		return command;
	}

	private static String label(EReference library) {
		if (library == P.getClusterLibraries_Existing()) {
			return org.clusterdesk.internal.export.xlsx.Messages.Sheet_existing;
		}
		if (library == P.getClusterLibraries_Prospective()) {
			return org.clusterdesk.internal.export.xlsx.Messages.Sheet_prospective;
		}
		if (library == P.getClusterLibraries_UnderConstruction()) {
			return org.clusterdesk.internal.export.xlsx.Messages.Sheet_underConstruction;
		}
		return org.clusterdesk.internal.export.xlsx.Messages.Sheet_planned;
	}
}
