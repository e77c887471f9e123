/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.internal.review.ApplicationSummaries;
import org.clusterdesk.internal.review.ApplicationSummary;
import org.clusterdesk.internal.review.InputFiles;
import org.clusterdesk.internal.review.Messages;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Reads, validates and summarises applications one at a time, without writing anything: the batch review's workbook
 * and the Review view are both built on it. A source that cannot be read, or whose check fails, becomes an unreadable
 * summary with the reason, and the rest go on; each document is dropped once its receiver returns.
 */
public final class ReviewScan {

	/** How a source's document is had: read from its file, or already in memory. */
	@FunctionalInterface
	public interface Loader {
		ClusterDocument load() throws ClusterLoadException;
	}

	/**
	 * One application to review.
	 *
	 * @param file   the file it comes from (for an in-memory document, the file it was read from; may be null)
	 * @param shown  how the overview names it
	 * @param loader gives the document
	 */
	public record Source(Path file, String shown, Loader loader) {

		/** The same source under another name (e.g. the file name only). */
		public Source named(String name) {
			return new Source(file, name, loader);
		}
	}

	/** What a scan reports, source by source, on the thread it runs in. */
	public interface Receiver {

		/** Whether to summarise a document read from the source; false leaves it out (it gets no serial). */
		default boolean wanted(Source source, ClusterDocument document, int index, int total) {
			return true;
		}

		/** A document read, validated and summarised. */
		void reviewed(Source source, ApplicationSummary summary, ClusterDocument document, ValidationReport report, int index, int total);

		/** A source that could not be read or checked: its summary carries the reason. */
		void unreadable(Source source, ApplicationSummary summary, int index, int total);
	}

	private ReviewScan() {
	}

	/**
	 * The sources of files and folders: a folder stands for the .cluster files directly in it, sorted by name; a file
	 * for itself whatever its name, so that a missing or misnamed file is reported rather than left out. Each is shown
	 * as named, without the ./ and ../ steps.
	 */
	public static List<Source> files(List<Path> inputs) {
		return files(inputs, false);
	}

	/**
	 * The sources of files and folders, as {@link #files(List)} gives them; with {@code recursive} a folder also stands
	 * for the .cluster files in its subfolders, sorted by their path within it.
	 */
	public static List<Source> files(List<Path> inputs, boolean recursive) {
		List<Source> sources = new ArrayList<>();
		for (InputFiles.Input input : InputFiles.expand(inputs, recursive)) {
			Path file = input.path();
			sources.add(new Source(file, file.normalize().toString(), () -> load(input)));
		}
		return sources;
	}

	/** A document already in memory (e.g. what an editor holds, unsaved edits included), read by no one else meanwhile. */
	public static Source document(Path file, String shown, ClusterDocument document) {
		return new Source(file, shown, () -> document);
	}

	/**
	 * Reviews the sources in order.
	 *
	 * @param monitor  one unit of work per source; checked for cancellation before each; may be null
	 * @throws OperationCanceledException when cancelled (the receiver has what was done before)
	 */
	public static void run(List<Source> sources, IProgressMonitor monitor, Receiver receiver) {
		SubMonitor sub = SubMonitor.convert(monitor, sources.size());
		int serial = 0;
		for (int i = 0; i < sources.size(); i++) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			Source source = sources.get(i);
			sub.subTask(source.shown());
			ApplicationSummary summary;
			ClusterDocument document;
			try {
				document = source.loader().load();
			} catch (ClusterLoadException e) {
				receiver.unreadable(source, ApplicationSummaries.unreadable(++serial, source.shown(), e.getMessage()), i, sources.size());
				sub.worked(1);
				continue;
			}
			if (document.getEdition() == null) {
				// as validate refuses it: without its edition's forms the file cannot be checked, so it is not "read"
				receiver.unreadable(source, ApplicationSummaries.unreadable(++serial, source.shown(),
						NLS.bind(Messages.Error_unknownEditionFile, source.shown(), document.getEditionId())), i, sources.size());
				sub.worked(1);
				continue;
			}
			if (!receiver.wanted(source, document, i, sources.size())) {
				sub.worked(1);
				continue;
			}
			ValidationReport report;
			try {
				report = ClusterValidation.validate(document);
				summary = ApplicationSummaries.of(serial + 1, source.shown(), document, report);
			} catch (RuntimeException e) {
				// a document that breaks a rule's code must not stop the others: it is listed like an unreadable file
				receiver.unreadable(source, ApplicationSummaries.unreadable(++serial, source.shown(), NLS.bind(Messages.Error_validation, source.shown(), e)),
						i, sources.size());
				sub.worked(1);
				continue;
			}
			serial++;
			receiver.reviewed(source, summary, document, report, i, sources.size());
			sub.worked(1);
		}
	}

	/** The summaries of the sources, in order (unreadable ones included). */
	public static List<ApplicationSummary> summarise(List<Source> sources, IProgressMonitor monitor) {
		List<ApplicationSummary> summaries = new ArrayList<>();
		run(sources, monitor, new Receiver() {

			@Override
			public void reviewed(Source source, ApplicationSummary summary, ClusterDocument document, ValidationReport report, int index, int total) {
				summaries.add(summary);
			}

			@Override
			public void unreadable(Source source, ApplicationSummary summary, int index, int total) {
				summaries.add(summary);
			}
		});
		return summaries;
	}

	private static ClusterDocument load(InputFiles.Input input) throws ClusterLoadException {
		Path file = input.path();
		if (input.folderError() != null) {
			throw new ClusterLoadException(file, 0, 0, NLS.bind(Messages.Error_listFolder, file, input.folderError()), null);
		}
		if (!Files.exists(file)) {
			throw new ClusterLoadException(file, 0, 0, NLS.bind(Messages.Error_notFound, file), null);
		}
		return ClusterFiles.load(file);
	}
}
