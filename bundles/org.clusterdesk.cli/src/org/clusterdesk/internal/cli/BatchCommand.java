/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.resource.OutputPaths;
import org.clusterdesk.review.BatchReview;
import org.clusterdesk.review.ReviewScan;
import org.eclipse.osgi.util.NLS;

/** {@code clusterdesk batch DIR|FILE… --out review.xlsx [--edition ID] [--recursive]}: one comparison workbook for many applications. */
final class BatchCommand implements Command {

	@Override
	public String name() {
		return "batch"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Batch_summary;
	}

	@Override
	public String help() {
		return Messages.Batch_help + System.lineSeparator();
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		Path out = null;
		String edition = null;
		boolean recursive = false;
		List<Path> inputs = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--out" -> out = Path.of(ExportCommand.value(args, ++i, arg)); //$NON-NLS-1$
			case "--edition" -> edition = ExportCommand.value(args, ++i, arg); //$NON-NLS-1$
			case "--recursive" -> recursive = true; //$NON-NLS-1$
			default -> {
				if (arg.startsWith("-")) { //$NON-NLS-1$
					throw new UsageException(NLS.bind(Messages.Cli_unknownOption, arg));
				}
				inputs.add(Path.of(arg));
			}
			}
		}
		if (inputs.isEmpty()) {
			throw new UsageException(Messages.Cli_noFiles);
		}
		if (out == null) {
			throw new UsageException(Messages.Batch_noOut);
		}
		List<ReviewScan.Source> sources = ReviewScan.files(inputs, recursive);
		try {
			List<Path> read = new ArrayList<>(inputs);
			sources.forEach(source -> read.add(source.file()));
			OutputPaths.checkDistinct(read, List.of(out));
		} catch (OutputPaths.ConflictException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		BatchReview.Result result;
		try {
			// progress goes to stderr, so that stdout stays the summary a script reads
			result = BatchReview.runSources(sources, out, edition, null, console.err()::println);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		} catch (IOException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		console.out().println(NLS.bind(Messages.Batch_done, new Object[] { result.workbook(), result.reviewed(), result.withErrors(),
				result.ineligible(), result.unreadable().size(), result.skipped().size() }));
		if (!result.unreadable().isEmpty()) {
			return ExitCodes.BAD_INPUT;
		}
		return result.errors() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
	}
}
