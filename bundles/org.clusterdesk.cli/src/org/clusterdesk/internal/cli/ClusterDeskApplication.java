/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind the {@code clusterdesk} command: hands the arguments to {@link ClusterDeskCli}. */
public class ClusterDeskApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		// Java 17 writes the platform charset (ASCII under a POSIX locale): the forms' wording needs UTF-8
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		int code = new ClusterDeskCli(out, err).run(args == null ? new String[0] : args);
		out.flush();
		err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// commands run to completion; nothing to interrupt
	}
}
