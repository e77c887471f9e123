/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.export.ImportResult;
import org.clusterdesk.export.LibraryImporter;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.clusterdesk.model.resource.DocumentLock;
import org.clusterdesk.model.resource.OutputPaths;
import org.eclipse.osgi.util.NLS;

/**
 * {@code clusterdesk import WORKBOOK --into FILE.cluster [--dry-run]}: the four libraries from a staff spreadsheet
 * into a competition report. Every rejected cell is listed; the accepted rows replace the lists the workbook has,
 * and the file is saved atomically (the previous version stays as .bak) — or not at all.
 */
final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Import_summary;
	}

	@Override
	public String help() {
		return Messages.Import_help + System.lineSeparator();
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		Path into = null;
		Path out = null;
		String edition = null;
		boolean replace = false;
		boolean dryRun = false;
		boolean allowEmpty = false;
		List<String> workbooks = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--into" -> into = Path.of(ExportCommand.value(args, ++i, arg)); //$NON-NLS-1$
			case "--out" -> out = Path.of(ExportCommand.value(args, ++i, arg)); //$NON-NLS-1$
			case "--edition" -> edition = ExportCommand.value(args, ++i, arg); //$NON-NLS-1$
			case "--replace" -> replace = true; //$NON-NLS-1$
			case "--dry-run" -> dryRun = true; //$NON-NLS-1$
			case "--allow-empty" -> allowEmpty = true; //$NON-NLS-1$
			default -> {
				if (arg.startsWith("-")) { //$NON-NLS-1$
					throw new UsageException(NLS.bind(Messages.Cli_unknownOption, arg));
				}
				workbooks.add(arg);
			}
			}
		}
		if (workbooks.size() == 1 && FormImport.isForm(Path.of(workbooks.get(0)))) {
			// a filled Word form: read into a new document
			if (into != null || dryRun || allowEmpty) {
				throw new UsageException(Messages.ImportForm_workbookOptions);
			}
			return FormImport.run(Path.of(workbooks.get(0)), out, edition, replace, console);
		}
		if (out != null || edition != null || replace) {
			throw new UsageException(Messages.ImportForm_formOptions);
		}
		if (workbooks.size() != 1) {
			throw new UsageException(Messages.Import_oneWorkbook);
		}
		if (into == null) {
			throw new UsageException(Messages.Import_noTarget);
		}
		Path workbook = Path.of(workbooks.get(0));
		try {
			OutputPaths.checkDistinct(List.of(workbook), List.of(into));
		} catch (OutputPaths.ConflictException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		if (dryRun) {
			return importInto(workbook, into, true, allowEmpty, console);
		}
		// held from reading the document to saving it: a second import waits and then reads what this one saved
		try (DocumentLock lock = DocumentLock.acquire(into)) {
			return importInto(workbook, into, false, allowEmpty, console);
		} catch (IOException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
	}

	private static int importInto(Path workbook, Path into, boolean dryRun, boolean allowEmpty, Console console) {
		ClusterDocument document;
		console.working().on(into);
		try {
			document = ClusterFiles.load(into);
		} catch (ClusterLoadException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		if (!(document instanceof CompetitionReport report)) {
			console.err().println(NLS.bind(Messages.Import_notCompetition, into, document.getEditionId()));
			return ExitCodes.BAD_INPUT;
		}
		ImportResult result;
		try {
			result = new LibraryImporter().read(workbook, null);
		} catch (ExportException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		console.out().print(result.getSummary());
		for (ImportProblem problem : result.getProblems()) {
			console.out().println("  " + problem); //$NON-NLS-1$
		}
		if (result.getOmittedProblems() > 0) {
			console.out().println(NLS.bind(Messages.Import_omitted, result.getOmittedProblems()));
		}
		if (result.getImportedLibraries().isEmpty()) {
			console.err().println(NLS.bind(Messages.Import_nothing, workbook));
			return ExitCodes.BAD_INPUT;
		}
		console.out().print(result.describeReplacement(report));
		if (!result.getEmptied(report).isEmpty() && !allowEmpty) {
			console.err().println(NLS.bind(Messages.Import_wouldEmpty, into));
			return ExitCodes.BAD_INPUT;
		}
		if (!dryRun) {
			result.applyTo(report);
			try {
				console.working().saving(into);
				ClusterFiles.save(report.eResource(), into);
				console.working().saved();
			} catch (IOException e) {
				console.err().println(NLS.bind(Messages.Import_saveFailed, into, e.getMessage()));
				return ExitCodes.BAD_INPUT;
			}
			console.out().println(NLS.bind(Messages.Import_saved, into));
		}
		return result.hasErrors() ? ExitCodes.PROBLEMS : ExitCodes.OK;
	}
}
