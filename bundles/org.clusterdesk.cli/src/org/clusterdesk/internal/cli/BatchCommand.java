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
		List<ReviewScan.Source> sources = withForms(ReviewScan.files(inputs, recursive), inputs, recursive);
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

	/**
	 * Filled Word forms beside the .cluster files: a .docx named on the command line is read as a form, and a folder also
	 * stands for the .docx files in it (in its subfolders with --recursive; Word's ~$ lock files aside), sorted by path.
	 */
	static List<ReviewScan.Source> withForms(List<ReviewScan.Source> sources, List<Path> inputs, boolean recursive) {
		List<ReviewScan.Source> all = new ArrayList<>();
		for (ReviewScan.Source source : sources) {
			if (source.file() != null && FormImport.isForm(source.file())) {
				Path file = source.file();
				all.add(new ReviewScan.Source(file, source.shown(), () -> FormImport.load(file)));
			} else {
				all.add(source);
			}
		}
		for (Path input : inputs) {
			if (!java.nio.file.Files.isDirectory(input)) {
				continue;
			}
			try (java.util.stream.Stream<Path> files = recursive ? java.nio.file.Files.walk(input) : java.nio.file.Files.list(input)) {
				files.filter(f -> java.nio.file.Files.isRegularFile(f) && FormImport.isForm(f)
						&& !f.getFileName().toString().startsWith("~$")).sorted() //$NON-NLS-1$
						.forEach(f -> all.add(new ReviewScan.Source(f, f.normalize().toString(), () -> FormImport.load(f))));
			} catch (IOException | java.io.UncheckedIOException e) {
				// the folder's own listing error is reported by the .cluster scan above
			}
		}
		return all;
	}
}
