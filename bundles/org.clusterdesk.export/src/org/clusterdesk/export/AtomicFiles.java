/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Writes an output file so that it is either complete or not there (see the model's AtomicFiles). */
public final class AtomicFiles {

	/** What writes the content. */
	@FunctionalInterface
	public interface Writer {
		void write(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/** Writes the file; on any failure (or cancellation) the target is left as it was and no temporary file remains. */
	public static void write(Path file, Writer writer) throws IOException {
		org.clusterdesk.model.resource.AtomicFiles.write(file, writer::write);
	}
}
