/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.net.URL;
import java.time.LocalDateTime;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;

/**
 * What escapes a command (a RuntimeException, an Error such as OutOfMemoryError or StackOverflowError): one clear line
 * on stderr naming the command, the file and what failed, the full trace in a log whose path the line names, and
 * {@link ExitCodes#INTERNAL_ERROR}. The log is {@code configuration/clusterdesk-errors.log} of the installation (beside
 * Equinox's own log), else a file of its own in the temporary folder.
 */
final class InternalErrors {

	private static final String PLUGIN_ID = "org.clusterdesk.cli"; //$NON-NLS-1$

	/** The log of internal errors, in the configuration area beside Equinox's own. */
	static final String LOG_NAME = "clusterdesk-errors.log"; //$NON-NLS-1$

	private InternalErrors() {
	}

	/** Reports the failure and returns {@link ExitCodes#INTERNAL_ERROR}. */
	static int report(String command, Working working, Throwable failure, Console console) {
		String what = describe(failure);
		String log = log(command, working, failure);
		Path file = working.file();
		String line;
		if (file == null) {
			line = NLS.bind(Messages.Cli_internalError, new Object[] { command, what, log });
		} else if (working.isSaving()) {
			line = NLS.bind(Messages.Cli_internalErrorSaving, new Object[] { command, file, what, log });
		} else {
			line = NLS.bind(Messages.Cli_internalErrorFile, new Object[] { command, file, what, log });
		}
		console.out().flush();
		console.err().println(line);
		console.err().flush();
		return ExitCodes.INTERNAL_ERROR;
	}

	/** What failed, in a few words on one line. */
	static String describe(Throwable failure) {
		if (failure instanceof OutOfMemoryError) {
			return NLS.bind(Messages.Cli_outOfMemory, oneLine(failure));
		}
		if (failure instanceof StackOverflowError) {
			return NLS.bind(Messages.Cli_stackOverflow, oneLine(failure));
		}
		return oneLine(failure);
	}

	private static String oneLine(Throwable failure) {
		String message = failure.getMessage();
		String text = failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
		text = text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return text.length() > 200 ? text.substring(0, 200) + "…" : text; //$NON-NLS-1$
	}

	/**
	 * Writes the trace, synchronously, to {@code clusterdesk-errors.log} in the installation's configuration area (where
	 * Equinox keeps its own log), or to a new file in the temporary folder when that cannot be written; returns the
	 * log's path, or why it could not be written.
	 */
	private static String log(String command, Working working, Throwable failure) {
		String message = "clusterdesk " + command + (working.file() == null ? "" : " " + working.file()) + ": " + oneLine(failure); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		StringWriter trace = new StringWriter();
		try (PrintWriter w = new PrintWriter(trace)) {
			w.println("!ENTRY " + PLUGIN_ID + " " + LocalDateTime.now()); //$NON-NLS-1$ //$NON-NLS-2$
			w.println("!MESSAGE " + message); //$NON-NLS-1$
			failure.printStackTrace(w);
			w.println();
		}
		Path configured = configurationLog();
		if (configured != null) {
			try {
				Files.createDirectories(configured.getParent());
				Files.writeString(configured, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				return configured.toString();
			} catch (IOException | RuntimeException e) {
				// read-only installation: a log of our own below
			}
		}
		try {
			Path file = Files.createTempFile("clusterdesk-", ".log"); //$NON-NLS-1$ //$NON-NLS-2$
			Files.writeString(file, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
			return file.toString();
		} catch (IOException | RuntimeException e) {
			return NLS.bind(Messages.Cli_noLog, oneLine(e));
		}
	}

	private static Path configurationLog() {
		try {
			if (!Platform.isRunning()) {
				return null;
			}
			Location location = Platform.getConfigurationLocation();
			URL url = location == null ? null : location.getURL();
			if (url == null || !"file".equals(url.getProtocol())) { //$NON-NLS-1$
				return null;
			}
			return new File(url.getFile()).toPath().resolve(LOG_NAME);
		} catch (RuntimeException | LinkageError e) {
			return null;
		}
	}
}
