/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.jobs;

import java.nio.file.Path;
import java.util.List;

import org.clusterdesk.evidence.EvidenceAssembler;
import org.clusterdesk.evidence.EvidenceBundle;
import org.clusterdesk.evidence.EvidenceException;
import org.clusterdesk.evidence.EvidenceLayout;
import org.clusterdesk.evidence.EvidenceNumbering;
import org.clusterdesk.evidence.EvidenceProblem;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.ResultReport;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Assembles the evidence bundle 佐证材料 of one document in the background (progress per attachment, Cancel leaves an
 * existing bundle as it was). Attachments that cannot be used are all listed in the result. When the attachment files'
 * page counts differ from what the document records and the document is open in an editor, the page counts, 佐证材料总页数
 * and every P-reference are updated in the editor as one undoable command.
 */
public class EvidenceJob extends ClusterJob {

	private final ClusterTarget source;

	private final ClusterDocument snapshot;

	private final Path output;

	private volatile int updatedValues = -1;

	/**
	 * @param source   the .cluster file (its folder holds the attachments)
	 * @param snapshot a copy of the editor's document (unsaved changes included), or null to read the file
	 * @param output   the bundle to write
	 */
	public EvidenceJob(ClusterTarget source, ClusterDocument snapshot, Path output) {
		super(NLS.bind(EvidenceMessages.EvidenceJob_name, source.name(), output.getFileName()));
		this.source = source;
		this.snapshot = snapshot;
		this.output = output.toAbsolutePath().normalize();
	}

	@Override
	protected ResultReport work(IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		String title = NLS.bind(EvidenceMessages.EvidenceJob_title, source.name());
		ClusterDocument document;
		try {
			document = snapshot != null ? snapshot : ClusterFiles.load(source.path());
		} catch (ClusterLoadException e) {
			return new ResultReport(title, IStatus.ERROR, NLS.bind(EvidenceMessages.EvidenceJob_unreadable, source.name()), e.getMessage());
		}
		long start = System.nanoTime();
		EvidenceBundle bundle;
		try {
			bundle = new EvidenceAssembler(document, source.path()).assemble(output, progress.split(95));
		} catch (EvidenceException e) {
			StringBuilder details = new StringBuilder();
			for (EvidenceProblem p : e.problems()) {
				details.append(p.message()).append('\n');
			}
			String summary = e.problems().isEmpty() ? e.getMessage()
					: NLS.bind(EvidenceMessages.EvidenceJob_refused, e.problems().size(), output.getFileName());
			return new ResultReport(title, IStatus.ERROR, summary, details.length() == 0 ? e.getMessage() : details.toString().strip());
		} catch (java.io.IOException e) {
			return new ResultReport(title, IStatus.ERROR, NLS.bind(EvidenceMessages.EvidenceJob_failed, output.getFileName()), describe(e));
		}
		WorkspaceFiles.refresh(output, progress.split(5));
		EvidenceLayout actual = bundle.layout();
		StringBuilder details = new StringBuilder();
		details.append(NLS.bind(EvidenceMessages.EvidenceJob_detailFile, output)).append('\n');
		details.append(NLS.bind(EvidenceMessages.EvidenceJob_detailSource, source.path())).append('\n');
		details.append(NLS.bind(EvidenceMessages.EvidenceJob_detailPages, actual.totalPages(), bundle.frontPages())).append('\n');
		details.append(NLS.bind(EvidenceMessages.EvidenceJob_detailTime,
				String.format("%.1f", (System.nanoTime() - start) / 1e9))).append('\n'); //$NON-NLS-1$
		if (snapshot != null && source.isDirty()) {
			details.append(EvidenceMessages.EvidenceJob_unsavedContent).append('\n');
		}
		EvidenceLayout declared = EvidenceLayout.declared(document);
		boolean agrees = declared.samePages(actual)
				&& (document.getEvidencePages() == null || document.getEvidencePages().intValue() == actual.totalPages());
		int severity = IStatus.INFO;
		if (!agrees) {
			for (int i = 0; i < actual.entries().size(); i++) {
				EvidenceLayout.Entry real = actual.entries().get(i);
				if (real.pages() != declared.entries().get(i).pages()) {
					details.append(NLS.bind(EvidenceMessages.EvidenceJob_pagesDiffer, new Object[] { real.number(),
							real.attachment().getTitle(), real.pages(), declared.entries().get(i).pages() })).append('\n');
				}
			}
			int[] pages = actual.entries().stream().mapToInt(EvidenceLayout.Entry::pages).toArray();
			Display display = Display.getDefault();
			if (source.editor() != null && display != null && !display.isDisposed()) {
				display.syncExec(() -> updatedValues = updateEditor(pages));
			}
			if (updatedValues >= 0) {
				details.append(NLS.bind(EvidenceMessages.EvidenceJob_updated, updatedValues)).append('\n');
			} else {
				details.append(EvidenceMessages.EvidenceJob_notUpdated).append('\n');
				severity = IStatus.WARNING;
			}
		}
		return new ResultReport(title, severity, NLS.bind(EvidenceMessages.EvidenceJob_done,
				new Object[] { output.getFileName(), actual.entries().size(), actual.totalPages() }), details.toString().strip());
	}

	/** Fills the editor's document from the bundle's page counts, as one undoable command; -1 when it cannot. */
	private int updateEditor(int[] pages) {
		EditingDomain domain = source.editingDomain();
		ClusterDocument document = source.editorDocument();
		if (domain == null || document == null || document.getAttachments().size() != pages.length) {
			return -1;
		}
		List<EvidenceNumbering.Change> changes = EvidenceNumbering.fillChanges(document, pages);
		if (changes.isEmpty()) {
			return 0;
		}
		CompoundCommand command = new CompoundCommand(EvidenceMessages.EvidenceJob_updateCommand);
		for (EvidenceNumbering.Change c : changes) {
			command.append(SetCommand.create(domain, c.owner(), c.attribute(), c.value()));
		}
		if (!command.canExecute()) {
			return -1;
		}
		domain.getCommandStack().execute(command);
		return changes.size();
	}

	public Path getOutput() {
		return output;
	}

	/** How many values the job set in the open editor (-1 when it set none because no editor was open). */
	public int getUpdatedValues() {
		return updatedValues;
	}
}
