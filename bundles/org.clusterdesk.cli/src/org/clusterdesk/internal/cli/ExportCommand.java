/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.DocxOptions;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.export.ExportRefusedException;
import org.clusterdesk.export.XlsxExporter;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.clusterdesk.model.resource.OutputPaths;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.osgi.util.NLS;

/** {@code clusterdesk export FILE --docx OUT | --xlsx OUT [--final]}: the official Word form, or the Excel tables. */
final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Export_summary;
	}

	@Override
	public String help() {
		return Messages.Export_help + System.lineSeparator();
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		Path docx = null;
		Path xlsx = null;
		boolean finalExport = false;
		boolean charts = false;
		List<String> files = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--docx" -> docx = Path.of(value(args, ++i, arg)); //$NON-NLS-1$
			case "--xlsx" -> xlsx = Path.of(value(args, ++i, arg)); //$NON-NLS-1$
			case "--final" -> finalExport = true; //$NON-NLS-1$
			case "--charts" -> charts = true; //$NON-NLS-1$
			default -> {
				if (arg.startsWith("-")) { //$NON-NLS-1$
					throw new UsageException(NLS.bind(Messages.Cli_unknownOption, arg));
				}
				files.add(arg);
			}
			}
		}
		if (files.size() != 1) {
			throw new UsageException(Messages.Export_oneFile);
		}
		if (docx == null && xlsx == null) {
			throw new UsageException(Messages.Export_noTarget);
		}
		if (finalExport && docx == null) {
			throw new UsageException(Messages.Export_finalNeedsDocx);
		}
		if (charts && docx == null) {
			throw new UsageException(Messages.Export_chartsNeedDocx);
		}
		try {
			OutputPaths.checkDistinct(List.of(Path.of(files.get(0))), Arrays.asList(docx, xlsx));
		} catch (OutputPaths.ConflictException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		ClusterDocument document;
		console.working().on(Path.of(files.get(0)));
		try {
			document = ClusterFiles.load(Path.of(files.get(0)));
		} catch (ClusterLoadException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		try {
			if (docx != null) {
				DocxOptions options = DocxOptions.of(finalExport ? ExportMode.FINAL : ExportMode.DRAFT);
				DocxExporter.export(document, docx, charts ? options.withTrendCharts() : options, null);
				console.out().println(NLS.bind(finalExport ? Messages.Export_writtenFinal : Messages.Export_writtenDraft, docx));
			}
			if (xlsx != null) {
				XlsxExporter.export(document, xlsx, null);
				console.out().println(NLS.bind(Messages.Export_written, xlsx));
			}
		} catch (ExportRefusedException e) {
			console.err().println(e.getMessage());
			for (RuleFinding f : e.getReport().errors()) {
				console.err().println("  " + f.message()); //$NON-NLS-1$
			}
			return ExitCodes.PROBLEMS;
		} catch (ExportException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		return ExitCodes.OK;
	}

	static String value(List<String> args, int i, String option) throws UsageException {
		if (i >= args.size() || args.get(i).startsWith("--")) { //$NON-NLS-1$
			throw new UsageException(NLS.bind(Messages.Export_valueMissing, option));
		}
		return args.get(i);
	}
}
