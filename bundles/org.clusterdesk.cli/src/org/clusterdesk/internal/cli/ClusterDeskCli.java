/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/** {@code clusterdesk COMMAND [ARGS…]}: dispatches to the sub-commands; usable without the Equinox application. */
public final class ClusterDeskCli {

	private final Console console;

	private final Map<String, Command> commands = new LinkedHashMap<>();

	public ClusterDeskCli(PrintStream out, PrintStream err) {
		this.console = new Console(out, err);
		add(new InfoCommand());
		add(new ValidateCommand());
		add(new ExportCommand());
		add(new ImportCommand());
		add(new BatchCommand());
		add(new BenchmarkCommand());
		add(new EvidenceCommand());
		add(new MigrateCommand());
	}

	private void add(Command command) {
		commands.put(command.name(), command);
	}

	/** Runs the command line and returns the exit code. */
	public int run(String... args) {
		List<String> list = new ArrayList<>(Arrays.asList(args));
		if (list.isEmpty() || list.get(0).equals("--help") || list.get(0).equals("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
			console.out().print(usage());
			return list.isEmpty() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
		}
		String name = list.remove(0);
		if (name.equals("help")) { //$NON-NLS-1$
			if (list.isEmpty()) {
				console.out().print(usage());
				return ExitCodes.OK;
			}
			name = list.get(0);
			list = new ArrayList<>(List.of("--help")); //$NON-NLS-1$
		}
		Command command = commands.get(name);
		if (command == null) {
			console.err().println(NLS.bind(Messages.Cli_unknownCommand, name));
			console.err().print(usage());
			return ExitCodes.BAD_INPUT;
		}
		if (list.contains("--help") || list.contains("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
			console.out().print(command.help());
			return ExitCodes.OK;
		}
		Console console = new Console(this.console.out(), this.console.err());
		try {
			int code = command.run(list, console);
			if (console.out().checkError()) {
				// PrintStream swallows write failures (a full disk, a closed pipe): the results are lost, so say so
				console.err().println(NLS.bind(Messages.Cli_outputFailed, command.name()));
				return ExitCodes.INTERNAL_ERROR;
			}
			return code;
		} catch (UsageException e) {
			console.err().println(NLS.bind(Messages.Cli_usageError, command.name(), e.getMessage()));
			console.err().println(NLS.bind(Messages.Cli_seeHelp, command.name()));
			return ExitCodes.BAD_INPUT;
		} catch (RuntimeException | Error e) {
			// whatever escapes a command: one clear line, the trace in the log, a documented exit code — never silence
			return InternalErrors.report(command.name(), console.working(), e, console);
		}
	}

	private String usage() {
		StringBuilder sb = new StringBuilder(Messages.Cli_usage).append(System.lineSeparator());
		for (Command c : commands.values()) {
			sb.append(String.format("  %-10s %s%n", c.name(), c.summary())); //$NON-NLS-1$
		}
		sb.append(Messages.Cli_usageFooter).append(System.lineSeparator());
		return sb.toString();
	}
}
