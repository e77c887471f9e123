/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterdesk.internal.review.InputFiles;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.derived.DerivedValues;
import org.clusterdesk.model.forms.Completeness;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.eclipse.osgi.util.NLS;

/** {@code clusterdesk info FILE…}: edition, completeness per section and the computed values of each file. */
final class InfoCommand implements Command {

	@Override
	public String name() {
		return "info"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Info_summary;
	}

	@Override
	public String help() {
		return Messages.Info_help + System.lineSeparator();
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		boolean json = false;
		List<String> names = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--format")) { //$NON-NLS-1$
				if (i + 1 >= args.size()) {
					throw new UsageException(Messages.Info_formatMissing);
				}
				String format = args.get(++i);
				if (!format.equals("text") && !format.equals("json")) { //$NON-NLS-1$ //$NON-NLS-2$
					throw new UsageException(NLS.bind(Messages.Info_formatUnknown, format));
				}
				json = format.equals("json"); //$NON-NLS-1$
			} else if (arg.startsWith("-")) { //$NON-NLS-1$
				throw new UsageException(NLS.bind(Messages.Cli_unknownOption, arg));
			} else {
				names.add(arg);
			}
		}
		if (names.isEmpty()) {
			throw new UsageException(Messages.Cli_noFiles);
		}
		int code = ExitCodes.OK;
		List<Object> reports = new ArrayList<>();
		for (Path file : InputFiles.paths(names)) {
			ClusterDocument document;
			console.working().on(file);
			try {
				document = ClusterFiles.load(file);
			} catch (ClusterLoadException e) {
				console.err().println(e.getMessage());
				reports.add(Map.of("file", file.toString(), "error", e.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
				code = ExitCodes.BAD_INPUT;
				continue;
			}
			if (document.getEdition() == null) {
				String message = NLS.bind(Messages.Info_unknownEdition, file, document.getEditionId());
				console.err().println(message);
				reports.add(Map.of("file", file.toString(), "error", message)); //$NON-NLS-1$ //$NON-NLS-2$
				code = ExitCodes.BAD_INPUT;
				continue;
			}
			if (json) {
				reports.add(report(file, document));
			} else {
				printText(console, file, document);
			}
		}
		if (json) {
			console.out().println(Json.write(reports));
		}
		return code;
	}

	private static void printText(Console console, Path file, ClusterDocument document) {
		var out = console.out();
		Edition edition = document.getEdition();
		out.println(NLS.bind(Messages.Info_file, file));
		String migration = MigrateCommand.note(document);
		if (migration != null) {
			out.println(migration);
		}
		out.println(NLS.bind(Messages.Info_edition, new Object[] { edition.getId(), issuer(edition), edition.getTitle(), years(edition) }));
		if (edition.getPlanBaselineYear() != null && edition.getPlanTargetYear() != null) {
			out.println(NLS.bind(Messages.Info_plan, edition.getPlanBaselineYear(), edition.getPlanTargetYear()));
		}
		out.println(NLS.bind(Messages.Info_name, blankAsDash(document.getName())));
		if (document instanceof Application application) {
			out.println(application.eligible() ? Messages.Info_eligible : Messages.Info_ineligible);
		}
		Completeness completeness = Completeness.of(document);
		out.println(NLS.bind(Messages.Info_completeness,
				new Object[] { completeness.filled(), completeness.required(), completeness.percent() }));
		for (Completeness.SectionCount s : completeness.sections()) {
			out.println(String.format("  %-6s %-28s %4d / %-4d %3d%%", s.section().getNumber(), s.section().getTitle(), //$NON-NLS-1$
					s.filled(), s.required(), s.percent()));
		}
		List<DerivedValue> derived = DerivedValues.of(document);
		if (!derived.isEmpty()) {
			out.println(Messages.Info_computed);
			for (DerivedValue v : derived) {
				String line = String.format("  [%s] %s = %s", v.rule(), v.label(), number(v.rounded())); //$NON-NLS-1$
				if (v.entered() != null) {
					line += NLS.bind(Messages.Info_entered, number(v.entered()));
				}
				if (v.disagrees()) {
					line += Messages.Info_disagrees;
				}
				out.println(line);
			}
		}
		if (document instanceof CompetitionReport report && report.getLibraries() != null) {
			ClusterLibraries libraries = report.getLibraries();
			out.println(Messages.Info_libraries);
			out.println("  " + libraries.existingSummary()); //$NON-NLS-1$
			out.println("  " + libraries.prospectiveSummary()); //$NON-NLS-1$
			out.println("  " + libraries.underConstructionSummary()); //$NON-NLS-1$
			out.println("  " + libraries.plannedSummary()); //$NON-NLS-1$
		}
		out.println();
	}

	private static Map<String, Object> report(Path file, ClusterDocument document) {
		Edition edition = document.getEdition();
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("file", file.toString()); //$NON-NLS-1$
		r.put("edition", edition.getId()); //$NON-NLS-1$
		r.put("issuer", blank(edition.getIssuer()) ? null : edition.getIssuer()); //$NON-NLS-1$
		r.put("name", document.getName()); //$NON-NLS-1$
		if (MigrateCommand.note(document) != null) {
			r.put("migration", MigrateCommand.note(document)); //$NON-NLS-1$
		}
		if (document instanceof Application application) {
			r.put("eligible", application.eligible()); //$NON-NLS-1$
		}
		Completeness completeness = Completeness.of(document);
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("filled", completeness.filled()); //$NON-NLS-1$
		c.put("required", completeness.required()); //$NON-NLS-1$
		List<Object> sections = new ArrayList<>();
		for (Completeness.SectionCount s : completeness.sections()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("number", s.section().getNumber()); //$NON-NLS-1$
			m.put("title", s.section().getTitle()); //$NON-NLS-1$
			m.put("filled", s.filled()); //$NON-NLS-1$
			m.put("required", s.required()); //$NON-NLS-1$
			sections.add(m);
		}
		c.put("sections", sections); //$NON-NLS-1$
		r.put("completeness", c); //$NON-NLS-1$
		List<Object> derived = new ArrayList<>();
		for (DerivedValue v : DerivedValues.of(document)) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("rule", v.rule()); //$NON-NLS-1$
			m.put("label", v.label()); //$NON-NLS-1$
			m.put("year", v.year()); //$NON-NLS-1$
			m.put("computed", v.rounded()); //$NON-NLS-1$
			m.put("entered", v.entered()); //$NON-NLS-1$
			m.put("agrees", !v.disagrees()); //$NON-NLS-1$
			derived.add(m);
		}
		r.put("derived", derived); //$NON-NLS-1$
		if (document instanceof CompetitionReport report && report.getLibraries() != null) {
			ClusterLibraries l = report.getLibraries();
			r.put("libraries", List.of(l.existingSummary(), l.prospectiveSummary(), l.underConstructionSummary(), l.plannedSummary())); //$NON-NLS-1$
		}
		return r;
	}

	/** The edition's issuer (制表单位), or a note that its form names none (the competition report's form does not). */
	private static String issuer(Edition edition) {
		return blank(edition.getIssuer()) ? Messages.Info_noIssuer : edition.getIssuer();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String years(Edition edition) {
		List<Integer> years = edition.getDataYears();
		return years.isEmpty() ? "-" : years.get(0) + "–" + years.get(years.size() - 1); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String number(BigDecimal value) {
		return value == null ? "—" : value.toPlainString(); //$NON-NLS-1$
	}

	private static String blankAsDash(String s) {
		return s == null || s.isBlank() ? "—" : s; //$NON-NLS-1$
	}
}
