/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Validation as the user types: 400 ms after the last change the document is checked again. A small document is
 * checked on the UI thread (a few milliseconds); once a check took longer than {@link #SYNC_LIMIT_MS}, the document
 * is copied on the UI thread (no other thread ever reads the edited model) and the copy is checked in a background
 * job, its findings mapped back to the original objects through the copier. Only one check runs at a time; changes
 * made meanwhile start another one when it ends.
 */
public final class ValidationScheduler {

	/** Pause after the last change before checking. */
	public static final int DEBOUNCE_MS = 400;

	/** Checks up to this long stay on the UI thread; longer ones move to a background job on a copy. */
	public static final long SYNC_LIMIT_MS = 40;

	/** How a check ran, for the record. */
	public record Timing(boolean background, long copyMillis, long validateMillis, int findings) {
	}

	private final Display display;

	private final ClusterDocument document;

	private final String name;

	private final Consumer<List<RuleFinding>> deliver;

	private final Runnable timer = this::run;

	private long lastMillis = -1;

	private Timing lastTiming;

	private boolean running;

	private boolean again;

	private boolean scheduled;

	private boolean disposed;

	private boolean forceBackground;

	private Job job;

	/**
	 * @param deliver receives the findings on the UI thread (owners are objects of the document)
	 */
	public ValidationScheduler(Display display, ClusterDocument document, String name, Consumer<List<RuleFinding>> deliver) {
		this.display = display;
		this.document = document;
		this.name = name;
		this.deliver = deliver;
	}

	/** Checks again after the pause (restarting the pause when called again). */
	public void schedule() {
		if (disposed) {
			return;
		}
		scheduled = true;
		display.timerExec(DEBOUNCE_MS, timer);
	}

	/** Checks now (when opening the editor). */
	public void runNow() {
		display.timerExec(-1, timer);
		run();
	}

	/** Whether a check is pending or running. */
	public boolean isBusy() {
		return scheduled || running;
	}

	/** Milliseconds the last check took (validation only), or -1 before the first. */
	public long lastMillis() {
		return lastMillis;
	}

	public Timing lastTiming() {
		return lastTiming;
	}

	/** Always validate a copy in the background (tests of that path). */
	public void setForceBackground(boolean force) {
		this.forceBackground = force;
	}

	private void run() {
		scheduled = false;
		if (disposed) {
			return;
		}
		if (running) {
			again = true;
			return;
		}
		if (!forceBackground && lastMillis >= 0 && lastMillis <= SYNC_LIMIT_MS) {
			long start = System.nanoTime();
			ValidationReport report = ClusterValidation.validate(document);
			lastMillis = (System.nanoTime() - start) / 1_000_000;
			lastTiming = new Timing(false, 0, lastMillis, report.findings().size());
			deliver.accept(report.findings());
			return;
		}
		runInBackground();
	}

	private void runInBackground() {
		running = true;
		long start = System.nanoTime();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		ClusterDocument copy = (ClusterDocument) copier.copy(document);
		copier.copyReferences();
		long copyMillis = (System.nanoTime() - start) / 1_000_000;
		job = Job.create(NLS.bind(Messages.Validation_job, name), (IProgressMonitor monitor) -> {
			long begin = System.nanoTime();
			ValidationReport report;
			try {
				report = ClusterValidation.validate(copy);
			} catch (RuntimeException e) {
				display.asyncExec(() -> running = false);
				return new Status(IStatus.ERROR, getClass(), Messages.Validation_failed, e);
			}
			long millis = (System.nanoTime() - begin) / 1_000_000;
			List<RuleFinding> mapped = mapBack(report.findings(), copier);
			display.asyncExec(() -> finished(mapped, copyMillis, millis));
			return Status.OK_STATUS;
		});
		job.setPriority(Job.DECORATE);
		job.setSystem(true);
		job.schedule();
	}

	private void finished(List<RuleFinding> findings, long copyMillis, long millis) {
		running = false;
		lastMillis = millis;
		lastTiming = new Timing(true, copyMillis, millis, findings.size());
		if (disposed) {
			return;
		}
		deliver.accept(findings);
		if (again) {
			again = false;
			schedule();
		}
	}

	/** The findings about the copy, about the original objects instead (objects removed since are dropped). */
	private static List<RuleFinding> mapBack(List<RuleFinding> findings, EcoreUtil.Copier copier) {
		Map<EObject, EObject> original = new IdentityHashMap<>(copier.size() * 2);
		for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
			original.put(entry.getValue(), entry.getKey());
		}
		List<RuleFinding> mapped = new ArrayList<>(findings.size());
		for (RuleFinding f : findings) {
			EObject owner = f.owner() == null ? null : original.get(f.owner());
			if (f.owner() != null && owner == null) {
				// not an object of the copy (e.g. an edition row): keep it as it is
				owner = f.owner();
			}
			mapped.add(new RuleFinding(f.ruleId(), f.severity(), f.section(), f.sectionTitle(), f.field(), f.found(), f.expected(), f.detail(),
					owner, f.feature()));
		}
		return mapped;
	}

	/** Waits for a running background check (tests). */
	public void join() throws InterruptedException {
		Job current = job;
		if (current != null) {
			current.join();
		}
	}

	public void dispose() {
		disposed = true;
		display.timerExec(-1, timer);
		if (job != null) {
			job.cancel();
		}
	}
}
