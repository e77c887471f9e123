/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be read as a ClusterDesk document; the message names the file and, where known, the position. */
public class ClusterLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	private final int line;

	private final int column;

	public ClusterLoadException(Path file, int line, int column, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	public Path getFile() {
		return file;
	}

	/** 1-based line of the problem, or 0 when unknown. */
	public int getLine() {
		return line;
	}

	/** 1-based column of the problem, or 0 when unknown. */
	public int getColumn() {
		return column;
	}
}
