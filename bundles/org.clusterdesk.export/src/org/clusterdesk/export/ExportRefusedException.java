/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export;

import org.clusterdesk.validation.ValidationReport;

/** A final export refused because validation found errors; the report lists them. */
public class ExportRefusedException extends ExportException {

	private static final long serialVersionUID = 1L;

	private final transient ValidationReport report;

	public ExportRefusedException(String message, ValidationReport report) {
		super(message);
		this.report = report;
	}

	/** The validation that found the errors. */
	public ValidationReport getReport() {
		return report;
	}
}
