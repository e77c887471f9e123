/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterdesk.evidence.EvidenceBundleReader;
import org.clusterdesk.evidence.EvidenceException;
import org.clusterdesk.evidence.EvidenceFacts;
import org.clusterdesk.evidence.EvidenceLayout;
import org.clusterdesk.internal.review.InputFiles;
import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.osgi.util.NLS;

/**
 * {@code clusterdesk validate FILE…}: every filling rule on every file, a report grouped by section (or JSON), exit
 * code 0 without errors, 1 with errors, 2 when a file cannot be read.
 */
final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Validate_summary;
	}

	@Override
	public String help() {
		return Messages.Validate_help + System.lineSeparator();
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		boolean json = false;
		boolean errorsOnly = false;
		boolean finalExport = false;
		Path evidence = null;
		List<String> names = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--format" -> json = "json".equals(value(args, ++i, arg, "text", "json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			case "--severity" -> errorsOnly = "error".equals(value(args, ++i, arg, "error", "warning")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			case "--final" -> finalExport = true; //$NON-NLS-1$
			case "--evidence" -> evidence = Path.of(ExportCommand.value(args, ++i, arg)); //$NON-NLS-1$
			default -> {
				if (arg.startsWith("-")) { //$NON-NLS-1$
					throw new UsageException(NLS.bind(Messages.Cli_unknownOption, arg));
				}
				names.add(arg);
			}
			}
		}
		if (names.isEmpty()) {
			throw new UsageException(Messages.Cli_noFiles);
		}
		boolean unreadable = false;
		boolean errors = false;
		int files = 0;
		int errorCount = 0;
		int warningCount = 0;
		List<Object> reports = new ArrayList<>();
		List<Path> paths = InputFiles.paths(names);
		if (evidence != null && paths.size() != 1) {
			throw new UsageException(EvidenceMessages.Validate_evidenceOneFile);
		}
		for (Path file : paths) {
			ClusterDocument document;
			console.working().on(file);
			try {
				document = ClusterFiles.load(file);
			} catch (ClusterLoadException e) {
				console.err().println(e.getMessage());
				reports.add(Map.of("file", file.toString(), "error", e.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
				unreadable = true;
				continue;
			}
			if (document.getEdition() == null) {
				String message = NLS.bind(Messages.Info_unknownEdition, file, document.getEditionId());
				console.err().println(message);
				reports.add(Map.of("file", file.toString(), "error", message)); //$NON-NLS-1$ //$NON-NLS-2$
				unreadable = true;
				continue;
			}
			ValidationReport report;
			List<String> evidenceLines = new ArrayList<>();
			List<String> evidenceErrors = new ArrayList<>();
			if (evidence != null) {
				EvidenceBundleReader.Contents bundle;
				try {
					bundle = EvidenceBundleReader.read(evidence);
				} catch (EvidenceException e) {
					console.err().println(e.getMessage());
					reports.add(Map.of("file", evidence.toString(), "error", e.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
					unreadable = true;
					continue;
				}
				EvidenceFacts facts = EvidenceFacts.of(document, file, bundle);
				evidenceLines.add(NLS.bind(EvidenceMessages.Validate_evidenceBundle, evidence, bundle.totalPages()));
				if (!bundle.knowsAttachments()) {
					evidenceLines.add(NLS.bind(EvidenceMessages.Validate_evidenceHandMade, evidence));
				}
				evidenceErrors.addAll(evidenceProblems(document, facts));
				report = ClusterValidation.validate(document, finalExport, Map.of(EvidenceFacts.CONTEXT_KEY, facts));
			} else {
				report = ClusterValidation.validate(document, finalExport);
			}
			files++;
			errors |= report.hasErrors() || !evidenceErrors.isEmpty();
			errorCount += report.errors().size() + evidenceErrors.size();
			warningCount += report.warnings().size();
			List<RuleFinding> shown = errorsOnly ? report.errors() : report.findings();
			if (json) {
				Map<String, Object> r = json(file, report, shown);
				if (evidence != null) {
					r.put("evidence", evidence.toString()); //$NON-NLS-1$
					r.put("evidenceErrors", evidenceErrors); //$NON-NLS-1$
					r.put("errors", report.errors().size() + evidenceErrors.size()); //$NON-NLS-1$
				}
				reports.add(r);
			} else {
				printText(console, file, report, shown, evidenceLines, evidenceErrors);
			}
		}
		if (json) {
			console.out().println(Json.write(reports));
		} else if (files > 1) {
			console.out().println(NLS.bind(Messages.Validate_total, new Object[] { files, errorCount, warningCount }));
		}
		return unreadable ? ExitCodes.BAD_INPUT : errors ? ExitCodes.PROBLEMS : ExitCodes.OK;
	}

	private static String value(List<String> args, int i, String option, String... allowed) throws UsageException {
		if (i >= args.size()) {
			throw new UsageException(NLS.bind(Messages.Validate_valueMissing, option, String.join("|", allowed))); //$NON-NLS-1$
		}
		String value = args.get(i);
		if (!List.of(allowed).contains(value)) {
			throw new UsageException(NLS.bind(Messages.Validate_valueUnknown, new Object[] { option, value, String.join("|", allowed) })); //$NON-NLS-1$
		}
		return value;
	}

	/**
	 * What the evidence bundle shows that no rule of one item can: attachment files missing on disk, attachments the
	 * bundle does not hold, and attachments whose pages in the bundle differ from what the document records.
	 */
	private static List<String> evidenceProblems(ClusterDocument document, EvidenceFacts facts) {
		List<String> problems = new ArrayList<>();
		EvidenceLayout declared = EvidenceLayout.declared(document);
		for (EvidenceLayout.Entry e : declared.entries()) {
			Attachment a = e.attachment();
			if (facts.isMissing(a)) {
				problems.add(NLS.bind(EvidenceMessages.Validate_evidenceMissingFile, new Object[] { e.number(), a.getTitle(), a.getFileName() }));
			}
		}
		for (String title : facts.notInBundle()) {
			problems.add(NLS.bind(EvidenceMessages.Validate_evidenceNotInBundle, title, facts.bundleName()));
		}
		if (facts.layout() != null) {
			for (EvidenceLayout.Entry e : declared.entries()) {
				EvidenceLayout.Entry real = facts.layout().entry(e.attachment());
				if (real != null && real.pages() != e.pages()) {
					problems.add(NLS.bind(EvidenceMessages.Validate_evidencePages,
							new Object[] { e.number(), e.attachment().getTitle(), real.pages(), e.pages() }));
				}
			}
		}
		return problems;
	}

	private static void printText(Console console, Path file, ValidationReport report, List<RuleFinding> shown,
			List<String> evidenceLines, List<String> evidenceErrors) {
		var out = console.out();
		out.println(NLS.bind(Messages.Validate_file, file, report.document().getEditionId()));
		String migration = MigrateCommand.note(report.document());
		if (migration != null) {
			out.println(migration);
		}
		for (String line : evidenceLines) {
			out.println("  " + line); //$NON-NLS-1$
		}
		for (String line : evidenceErrors) {
			out.println("    " + Messages.Validate_error + " " + line); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!report.eligible()) {
			out.println(Messages.Validate_ineligible);
		}
		String section = null;
		boolean first = true;
		for (RuleFinding f : shown) {
			if (first || !same(section, f.section())) {
				section = f.section();
				out.println(section == null ? Messages.Validate_otherSection : "  " + section + " " + f.sectionTitle()); //$NON-NLS-1$ //$NON-NLS-2$
				first = false;
			}
			out.println("    " + (f.isError() ? Messages.Validate_error : Messages.Validate_warning) + " " + f.message()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.println(NLS.bind(Messages.Validate_summaryLine, report.errors().size() + evidenceErrors.size(), report.warnings().size()));
		out.println();
	}

	private static boolean same(String a, String b) {
		return a == null ? b == null : a.equals(b);
	}

	private static Map<String, Object> json(Path file, ValidationReport report, List<RuleFinding> shown) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("file", file.toString()); //$NON-NLS-1$
		r.put("edition", report.document().getEditionId()); //$NON-NLS-1$
		r.put("name", report.document().getName()); //$NON-NLS-1$
		if (MigrateCommand.note(report.document()) != null) {
			r.put("migration", MigrateCommand.note(report.document())); //$NON-NLS-1$
		}
		r.put("eligible", report.eligible()); //$NON-NLS-1$
		r.put("errors", report.errors().size()); //$NON-NLS-1$
		r.put("warnings", report.warnings().size()); //$NON-NLS-1$
		List<Object> findings = new ArrayList<>();
		for (RuleFinding f : shown) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("rule", f.ruleId()); //$NON-NLS-1$
			m.put("severity", f.isError() ? "error" : "warning"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			m.put("section", f.section()); //$NON-NLS-1$
			m.put("sectionTitle", f.sectionTitle()); //$NON-NLS-1$
			m.put("field", f.field()); //$NON-NLS-1$
			m.put("found", f.found()); //$NON-NLS-1$
			m.put("expected", f.expected()); //$NON-NLS-1$
			m.put("message", f.message()); //$NON-NLS-1$
			findings.add(m);
		}
		r.put("findings", findings); //$NON-NLS-1$
		return r;
	}
}
