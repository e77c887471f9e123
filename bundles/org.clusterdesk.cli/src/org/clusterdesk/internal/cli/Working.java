/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.nio.file.Path;

/**
 * What a command is working on right now: the file it reads or writes, and whether it is saving. When something
 * escapes a command, {@link InternalErrors} names this file in its one line.
 */
final class Working {

	private Path file;

	private boolean saving;

	/** The command now reads (or writes an export of) this file. */
	void on(Path file) {
		this.file = file;
		this.saving = false;
	}

	/** The command now saves this file (atomically: a failure leaves it unchanged). */
	void saving(Path file) {
		this.file = file;
		this.saving = true;
	}

	/** The save is done. */
	void saved() {
		this.saving = false;
	}

	Path file() {
		return file;
	}

	boolean isSaving() {
		return saving;
	}
}
