/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.util.List;

/** One sub-command of {@code clusterdesk}. */
interface Command {

	/** The word that selects it: {@code clusterdesk NAME …}. */
	String name();

	/** One line for the command list. */
	String summary();

	/** The full help text: usage, options, exit codes. */
	String help();

	/**
	 * Runs the command.
	 *
	 * @return the exit code: {@link ExitCodes}
	 * @throws UsageException for arguments the command does not accept
	 */
	int run(List<String> args, Console console) throws UsageException;
}
