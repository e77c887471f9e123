/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

/** Exit codes of every command, as scripts rely on them. */
final class ExitCodes {

	/** Done, nothing wrong. */
	static final int OK = 0;

	/** Done, and the files have problems (e.g. validation errors). */
	static final int PROBLEMS = 1;

	/** Bad arguments, or an input that cannot be read. */
	static final int BAD_INPUT = 2;

	/**
	 * Internal error: something failed inside the command (a defect, or out of memory). One line on stderr names the
	 * command, the file and the log holding the details; the files are as they were.
	 */
	static final int INTERNAL_ERROR = 3;

	private ExitCodes() {
	}
}
