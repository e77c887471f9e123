/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.evidence.EvidenceAssembler;
import org.clusterdesk.evidence.EvidenceBundle;
import org.clusterdesk.evidence.EvidenceException;
import org.clusterdesk.evidence.EvidenceLayout;
import org.clusterdesk.evidence.EvidenceNumbering;
import org.clusterdesk.evidence.EvidenceProblem;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code clusterdesk evidence FILE.cluster --out 佐证材料.pdf [--update]}: the evidence bundle assembled from the
 * attachments; with {@code --update}, the document's page counts and P-references filled from it.
 */
final class EvidenceCommand implements Command {

	@Override
	public String name() {
		return "evidence"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return EvidenceMessages.Evidence_summary;
	}

	@Override
	public String help() {
		return EvidenceMessages.Evidence_help + System.lineSeparator();
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		Path out = null;
		boolean update = false;
		List<String> files = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--out" -> out = Path.of(ExportCommand.value(args, ++i, arg)); //$NON-NLS-1$
			case "--update" -> update = true; //$NON-NLS-1$
			default -> {
				if (arg.startsWith("-")) { //$NON-NLS-1$
					throw new UsageException(NLS.bind(Messages.Cli_unknownOption, arg));
				}
				files.add(arg);
			}
			}
		}
		if (files.size() != 1) {
			throw new UsageException(EvidenceMessages.Evidence_oneFile);
		}
		if (out == null) {
			throw new UsageException(EvidenceMessages.Evidence_noOut);
		}
		Path file = Path.of(files.get(0));
		ClusterDocument document;
		try {
			document = ClusterFiles.load(file);
		} catch (ClusterLoadException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		EvidenceBundle bundle;
		try {
			bundle = new EvidenceAssembler(document, file).assemble(out, null);
		} catch (EvidenceException e) {
			console.err().println(e.getMessage());
			for (EvidenceProblem p : e.problems()) {
				console.err().println("  " + p.message()); //$NON-NLS-1$
			}
			return ExitCodes.BAD_INPUT;
		} catch (IOException e) {
			console.err().println(NLS.bind(EvidenceMessages.Evidence_cannotWrite, out, e.getMessage()));
			return ExitCodes.BAD_INPUT;
		}
		EvidenceLayout actual = bundle.layout();
		console.out().println(NLS.bind(EvidenceMessages.Evidence_written,
				new Object[] { out, actual.entries().size(), actual.totalPages(), bundle.frontPages() }));
		EvidenceLayout declared = EvidenceLayout.declared(document);
		boolean agrees = declared.samePages(actual)
				&& (document.getEvidencePages() == null || document.getEvidencePages().intValue() == actual.totalPages());
		if (agrees) {
			return ExitCodes.OK;
		}
		for (int i = 0; i < actual.entries().size(); i++) {
			EvidenceLayout.Entry real = actual.entries().get(i);
			EvidenceLayout.Entry recorded = declared.entries().get(i);
			if (real.pages() != recorded.pages()) {
				console.out().println("  " + NLS.bind(EvidenceMessages.Evidence_pagesDiffer, //$NON-NLS-1$
						 new Object[] { real.number(),
						real.attachment().getTitle(), real.pages(), real.attachment().getPages() == null ? "—" : real.attachment().getPages() })); //$NON-NLS-1$
			}
		}
		if (!update) {
			console.out().println(NLS.bind(EvidenceMessages.Evidence_notUpdated, file));
			return ExitCodes.PROBLEMS;
		}
		EvidenceNumbering.fill(document, actual);
		try {
			ClusterFiles.save(document.eResource(), file);
		} catch (IOException e) {
			console.err().println(NLS.bind(EvidenceMessages.Evidence_cannotSave, file, e.getMessage()));
			return ExitCodes.BAD_INPUT;
		}
		console.out().println(NLS.bind(EvidenceMessages.Evidence_updated, file));
		return ExitCodes.OK;
	}
}
