/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader;

/**
 * The file cannot be read as a form at all: not found, not a Word document, macros, a zip bomb, a DOCTYPE, too large,
 * or not a form of a known edition. The message names the file and says why in one sentence.
 */
public class FormReadException extends Exception {

	private static final long serialVersionUID = 1L;

	public FormReadException(String message) {
		super(message);
	}

	public FormReadException(String message, Throwable cause) {
		super(message, cause);
	}
}
