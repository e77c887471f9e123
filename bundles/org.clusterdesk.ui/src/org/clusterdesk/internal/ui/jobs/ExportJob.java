/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.jobs;

import java.nio.file.Path;

import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.DocxOptions;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.export.ExportRefusedException;
import org.clusterdesk.export.XlsxExporter;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.ResultReport;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Exports one document to Word (draft or final) or Excel in the background. The output is written atomically by the
 * exporters: a cancel, a refusal or a failure leaves an existing file as it was. A refused final export reports the
 * validation errors that block it.
 */
public class ExportJob extends ClusterJob {

	private final ClusterTarget source;

	private final ClusterDocument snapshot;

	private final ExportFormat format;

	private final Path output;

	private final boolean trendCharts;

	/**
	 * @param source   the .cluster file
	 * @param snapshot a copy of the editor's document (unsaved changes included), or null to read the file
	 * @param format   what to write
	 * @param output   the file to write
	 */
	public ExportJob(ClusterTarget source, ClusterDocument snapshot, ExportFormat format, Path output) {
		this(source, snapshot, format, output, false);
	}

	/**
	 * @param trendCharts whether a Word export carries the appendix with the indicator trend charts
	 */
	public ExportJob(ClusterTarget source, ClusterDocument snapshot, ExportFormat format, Path output, boolean trendCharts) {
		super(NLS.bind(Messages.ExportJob_name, source.name(), output.getFileName()));
		this.source = source;
		this.snapshot = snapshot;
		this.format = format;
		this.output = output.toAbsolutePath().normalize();
		this.trendCharts = trendCharts && format != ExportFormat.XLSX;
	}

	@Override
	protected ResultReport work(IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		String title = NLS.bind(Messages.ExportJob_title, source.name());
		ClusterDocument document;
		try {
			document = snapshot != null ? snapshot : ClusterFiles.load(source.path());
		} catch (ClusterLoadException e) {
			return new ResultReport(title, IStatus.ERROR, NLS.bind(Messages.ExportJob_unreadable, source.name()), e.getMessage());
		}
		progress.worked(5);
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		long start = System.nanoTime();
		try {
			switch (format) {
			case DOCX_DRAFT -> DocxExporter.export(document, output, options(ExportMode.DRAFT), progress.split(90));
			case DOCX_FINAL -> DocxExporter.export(document, output, options(ExportMode.FINAL), progress.split(90));
			case XLSX -> XlsxExporter.export(document, output, progress.split(90));
			}
		} catch (ExportRefusedException e) {
			return refused(title, e.getReport());
		} catch (ExportException e) {
			return new ResultReport(title, IStatus.ERROR, NLS.bind(Messages.ExportJob_failed, output.getFileName()), describe(e));
		}
		WorkspaceFiles.refresh(output, progress.split(5));
		long millis = (System.nanoTime() - start) / 1_000_000;
		StringBuilder details = new StringBuilder();
		details.append(NLS.bind(Messages.ExportJob_detailFile, output)).append('\n');
		details.append(NLS.bind(Messages.ExportJob_detailFormat, format.label())).append('\n');
		if (trendCharts) {
			details.append(Messages.ExportJob_detailTrendCharts).append('\n');
		}
		details.append(NLS.bind(Messages.ExportJob_detailSource, source.path())).append('\n');
		if (document.getName() != null) {
			details.append(NLS.bind(Messages.ExportJob_detailCluster, document.getName())).append('\n');
		}
		details.append(NLS.bind(Messages.ExportJob_detailTime, String.format("%.1f", millis / 1000.0))).append('\n'); //$NON-NLS-1$
		if (snapshot != null && source.isDirty()) {
			details.append(Messages.ExportJob_unsavedContent).append('\n');
		}
		return new ResultReport(title, IStatus.INFO, NLS.bind(Messages.ExportJob_done, output.getFileName(), format.label()),
				details.toString().strip());
	}

	private DocxOptions options(ExportMode mode) {
		return trendCharts ? DocxOptions.of(mode).withTrendCharts() : DocxOptions.of(mode);
	}

	private ResultReport refused(String title, ValidationReport report) {
		StringBuilder details = new StringBuilder(Messages.ExportJob_refusedHint).append('\n');
		ValidationJob.appendFindings(details, report, true);
		return new ResultReport(title, IStatus.ERROR,
				NLS.bind(Messages.ExportJob_refused, output.getFileName(), report.errors().size()), details.toString().strip());
	}

	public Path getOutput() {
		return output;
	}

	public boolean isTrendCharts() {
		return trendCharts;
	}

	public ExportFormat getFormat() {
		return format;
	}
}
