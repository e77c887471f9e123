/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.clusterdesk.internal.review.ApplicationSummary;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.review.ReviewScan;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;

/**
 * Reviews the sources of a scope in the background, one file at a time with progress per file; a cancel keeps the
 * rows done so far. The result goes to the consumer when the job ends, on the job's thread.
 */
public final class ReviewJob extends Job {

	/** Job family of the Review view's jobs (for tests and for waiting). */
	public static final Object FAMILY = ReviewJob.class;

	private final ReviewScope scope;

	private final Supplier<List<ReviewScan.Source>> sources;

	private final BiConsumer<ReviewJob, ReviewResult> done;

	private volatile ReviewResult result;

	/**
	 * @param sources what to review, as {@link ReviewScope#take()} gives it: a folder is listed by the job
	 */
	ReviewJob(ReviewScope scope, Supplier<List<ReviewScan.Source>> sources, BiConsumer<ReviewJob, ReviewResult> done) {
		super(NLS.bind(Messages.Job_name, scope.describe()));
		this.scope = scope;
		this.sources = sources;
		this.done = done;
		setPriority(LONG);
		addJobChangeListener(new JobChangeAdapter() {

			@Override
			public void done(IJobChangeEvent event) {
				// cancelled before it ran (or ended without a result): the view must still learn that it ended
				if (result == null) {
					result = new ReviewResult(scope, List.of(), sources.get().size(), true);
					ReviewJob.this.done.accept(ReviewJob.this, result);
				}
			}
		});
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<ReviewRow> rows = new ArrayList<>();
		boolean cancelled = false;
		List<ReviewScan.Source> all = sources.get();
		SubMonitor sub = SubMonitor.convert(monitor, getName(), all.size());
		try {
			ReviewScan.run(all, sub, new ReviewScan.Receiver() {

				@Override
				public void reviewed(ReviewScan.Source source, ApplicationSummary summary, ClusterDocument document, ValidationReport report,
						int index, int total) {
					rows.add(new ReviewRow(summary, source.file()));
				}

				@Override
				public void unreadable(ReviewScan.Source source, ApplicationSummary summary, int index, int total) {
					rows.add(new ReviewRow(summary, source.file()));
				}
			});
		} catch (OperationCanceledException e) {
			cancelled = true;
		}
		ReviewResult reviewed = new ReviewResult(scope, List.copyOf(rows), all.size(), cancelled);
		result = reviewed;
		done.accept(this, reviewed);
		return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** What the job found, once it has ended; null before. */
	public ReviewResult result() {
		return result;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
