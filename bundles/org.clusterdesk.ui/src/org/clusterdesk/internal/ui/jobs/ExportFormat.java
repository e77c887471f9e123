/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.jobs;

/** What the export wizard can write. */
public enum ExportFormat {

	/** The official Word form, 草稿 in its header; any time. */
	DOCX_DRAFT("docx"), //$NON-NLS-1$

	/** The official Word form for submission; refused while validation finds errors. */
	DOCX_FINAL("docx"), //$NON-NLS-1$

	/** The tables (and the four libraries) as an Excel workbook. */
	XLSX("xlsx"); //$NON-NLS-1$

	private final String extension;

	ExportFormat(String extension) {
		this.extension = extension;
	}

	/** The file extension, without the dot. */
	public String extension() {
		return extension;
	}

	/** The format's name for users. */
	public String label() {
		return switch (this) {
		case DOCX_DRAFT -> Messages.ExportFormat_draft;
		case DOCX_FINAL -> Messages.ExportFormat_final;
		case XLSX -> Messages.ExportFormat_xlsx;
		};
	}
}
