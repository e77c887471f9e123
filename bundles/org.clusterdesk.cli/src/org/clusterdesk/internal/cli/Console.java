/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.io.PrintStream;

/** Where a command writes: results to out, diagnostics to err; and what it is working on (for internal errors). */
record Console(PrintStream out, PrintStream err, Working working) {

	Console(PrintStream out, PrintStream err) {
		this(out, err, new Working());
	}
}
