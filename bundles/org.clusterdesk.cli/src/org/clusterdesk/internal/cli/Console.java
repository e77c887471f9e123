/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.io.PrintStream;

/** Where a command writes: results to out, diagnostics to err. */
record Console(PrintStream out, PrintStream err) {
}
