/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

/**
 * Refuses outputs that would overwrite an input or each other: {@code export c.cluster --docx c.cluster},
 * {@code batch DIR --out DIR/x.cluster}, {@code --docx X --xlsx X}, also when the same file is reached through a
 * relative path, a symbolic link or a hard link.
 */
public final class OutputPaths {

	/** An output that is the same file as an input or as another output; the message names both. */
	public static final class ConflictException extends IOException {

		private static final long serialVersionUID = 1L;

		ConflictException(String message) {
			super(message);
		}
	}

	private OutputPaths() {
	}

	/**
	 * Checks that no output is one of the inputs and that no two outputs are the same file.
	 *
	 * @param inputs  files that are read (null entries are ignored)
	 * @param outputs files that will be written (null entries are ignored)
	 */
	public static void checkDistinct(List<Path> inputs, List<Path> outputs) throws ConflictException {
		for (int i = 0; i < outputs.size(); i++) {
			Path out = outputs.get(i);
			if (out == null) {
				continue;
			}
			for (Path in : inputs) {
				if (in != null && same(in, out)) {
					throw new ConflictException(NLS.bind(WriteMessages.OutputPaths_sameAsInput, out, in));
				}
			}
			for (int j = 0; j < i; j++) {
				Path other = outputs.get(j);
				if (other != null && same(other, out)) {
					throw new ConflictException(NLS.bind(WriteMessages.OutputPaths_sameOutput, new Object[] { out, other, out }));
				}
			}
		}
	}

	/** Whether the two paths name the same file (existing or not), following links. */
	public static boolean same(Path a, Path b) {
		try {
			if (Files.exists(a) && Files.exists(b)) {
				return Files.isSameFile(a, b);
			}
			return Objects.equals(AtomicFiles.target(a), AtomicFiles.target(b));
		} catch (IOException | SecurityException e) {
			return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
		}
	}
}
