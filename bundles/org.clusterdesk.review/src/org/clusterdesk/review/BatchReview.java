/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.clusterdesk.export.AtomicFiles;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.internal.review.ApplicationSummary;
import org.clusterdesk.internal.review.Messages;
import org.clusterdesk.internal.review.ReviewWorkbook;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.editions.EditionRegistry;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Batch review ({@code clusterdesk batch}): reads every application of a season, validates each and writes one
 * workbook for the reviewers — an overview with the key indicators, ranks and highlighted failures, every problem,
 * the re-reviews' target attainment, and charts. Files are processed one at a time and dropped once summarised, so
 * memory does not grow with the batch; a file that cannot be read is listed with its error and the rest go on.
 */
public final class BatchReview {

	/**
	 * A file that could not be read (or, rarely, checked), and why: the message names the file and, where known, line
	 * and column.
	 */
	public record Unreadable(Path file, String message) {
	}

	/** A file left out because it belongs to another edition than the one asked for. */
	public record Skipped(Path file, String editionId) {
	}

	/**
	 * What a batch did.
	 *
	 * @param workbook   the workbook written
	 * @param reviewed   documents read, validated and listed in the workbook
	 * @param unreadable files that could not be read, or whose check failed (also listed in the workbook)
	 * @param skipped    files of other editions, left out because of the edition filter
	 * @param errors     validation errors over all documents
	 * @param warnings   validation warnings over all documents
	 * @param withErrors documents with at least one error
	 * @param ineligible documents that fail eligibility (rule G06)
	 */
	public record Result(Path workbook, int reviewed, List<Unreadable> unreadable, List<Skipped> skipped, int errors, int warnings,
			int withErrors, int ineligible) {

		/** Whether anything needs the reviewer: errors or unreadable files. */
		public boolean hasProblems() {
			return errors > 0 || !unreadable.isEmpty();
		}
	}

	private BatchReview() {
	}

	/**
	 * Reviews a batch and writes the workbook atomically (on failure or cancellation the target stays as it was).
	 *
	 * @param inputs        files and folders; a folder stands for the .cluster files directly in it, sorted by name
	 * @param out           the workbook to write (.xlsx)
	 * @param editionFilter an edition id: files of other editions are skipped and said so; null reviews every file
	 * @param monitor       progress and cancellation; may be null
	 * @param progress      receives one line per file and a closing line, for the console; may be null
	 * @throws IllegalArgumentException   when the edition filter names no known edition (the message lists the known ones)
	 * @throws ExportException            when the workbook cannot be written; the message names the file
	 * @throws OperationCanceledException when cancelled
	 */
	public static Result run(List<Path> inputs, Path out, String editionFilter, IProgressMonitor monitor, Consumer<String> progress)
			throws IOException {
		return runSources(ReviewScan.files(inputs), out, editionFilter, monitor, progress);
	}

	/**
	 * Reviews given sources — files, or documents held in memory (an editor's unsaved state) — and writes the workbook
	 * atomically, as {@link #run(List, Path, String, IProgressMonitor, Consumer)} does for files and folders.
	 *
	 * @param out     the workbook to write (.xlsx)
	 * @param sources what to review, in the workbook's order
	 */
	public static Result runSources(List<ReviewScan.Source> sources, Path out, String editionFilter, IProgressMonitor monitor,
			Consumer<String> progress) throws IOException {
		if (editionFilter != null && EditionRegistry.getDefault().getEdition(editionFilter) == null) {
			List<String> known = new ArrayList<>();
			for (Edition edition : EditionRegistry.getDefault().getEditions()) {
				known.add(edition.getId());
			}
			throw new IllegalArgumentException(NLS.bind(Messages.Error_unknownEdition, editionFilter, String.join(", ", known))); //$NON-NLS-1$
		}
		List<ReviewScan.Source> files = sources;
		Batch batch = new Batch(editionFilter, progress != null ? progress : line -> {
		});
		// reading and checking is most of the work; writing the workbook about a tenth
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Progress_batch, files.size() + Math.max(1, files.size() / 10));
		if (files.isEmpty()) {
			batch.say.accept(Messages.Progress_noFiles);
		}
		try (ReviewWorkbook workbook = new ReviewWorkbook()) {
			batch.workbook = workbook;
			ReviewScan.run(files, sub.split(files.size()), batch);
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			batch.say.accept(NLS.bind(Messages.Progress_writing, out));
			workbook.finish(batch.summaries);
			try {
				AtomicFiles.write(out, workbook::write);
			} catch (IOException e) {
				throw new ExportException(NLS.bind(Messages.Error_write, out.toAbsolutePath().normalize(),
						e.getLocalizedMessage() == null ? e.toString() : e.getLocalizedMessage()), e);
			}
			sub.setWorkRemaining(0);
		}
		Result result = new Result(out, batch.summaries.size() - batch.unreadable.size(), List.copyOf(batch.unreadable),
				List.copyOf(batch.skipped), batch.errors, batch.warnings, batch.withErrors, batch.ineligible);
		batch.say.accept(NLS.bind(Messages.Progress_done, new Object[] { result.reviewed(), result.unreadable().size(),
				result.skipped().size(), result.errors(), result.warnings(), out }));
		return result;
	}

	/** The running state of one batch: what has been kept of the files so far. */
	private static final class Batch implements ReviewScan.Receiver {

		final String editionFilter;

		final Consumer<String> say;

		ReviewWorkbook workbook;

		final List<ApplicationSummary> summaries = new ArrayList<>();

		final List<Unreadable> unreadable = new ArrayList<>();

		final List<Skipped> skipped = new ArrayList<>();

		int errors;

		int warnings;

		int withErrors;

		int ineligible;

		Batch(String editionFilter, Consumer<String> say) {
			this.editionFilter = editionFilter;
			this.say = say;
		}

		@Override
		public boolean wanted(ReviewScan.Source source, ClusterDocument document, int index, int total) {
			if (editionFilter != null && !editionFilter.equals(document.getEditionId())) {
				skipped.add(new Skipped(source.file(), document.getEditionId()));
				say.accept(NLS.bind(Messages.Progress_skipped, new Object[] { position(index, total), source.shown(), document.getEditionId(), editionFilter }));
				return false;
			}
			return true;
		}

		/** Keeps the summary and writes the file's problem and attainment rows; the document is dropped after. */
		@Override
		public void reviewed(ReviewScan.Source source, ApplicationSummary summary, ClusterDocument document, ValidationReport report, int index,
				int total) {
			summaries.add(summary);
			workbook.add(summary, report, reReview(document));
			errors += summary.errors();
			warnings += summary.warnings();
			withErrors += summary.errors() > 0 ? 1 : 0;
			boolean eligible = !Boolean.FALSE.equals(summary.eligible());
			ineligible += eligible ? 0 : 1;
			say.accept(NLS.bind(Messages.Progress_file, new Object[] { position(index, total), source.shown(), summary.errors(), summary.warnings(),
					eligible ? "" : Messages.Progress_ineligible })); //$NON-NLS-1$
		}

		@Override
		public void unreadable(ReviewScan.Source source, ApplicationSummary summary, int index, int total) {
			summaries.add(summary);
			workbook.addUnreadable(summary);
			unreadable.add(new Unreadable(source.file(), summary.loadError()));
			say.accept(NLS.bind(Messages.Progress_unreadable, new Object[] { position(index, total), source.shown(), summary.loadError() }));
		}

		private static String position(int index, int total) {
			return NLS.bind(Messages.Progress_position, index + 1, total);
		}

		/** The completion table of a re-review, or null for other forms. */
		private static AttainmentTable reReview(ClusterDocument document) {
			return document instanceof Application a && a.getReview() != null && document.getEdition() != null
					&& document.getEdition().hasField(ClusterDeskPackage.Literals.APPLICATION__REVIEW) ? AttainmentTable.of(a.getReview()) : null;
		}
	}
}
