/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that it is either complete or not there: a temporary file beside the target, forced to disk, then
 * renamed over the target in one step. Documents, exports and workbooks are all written this way.
 */
public final class AtomicFiles {

	/** What writes the content. */
	@FunctionalInterface
	public interface Writer {
		void write(OutputStream out) throws IOException;
	}

	/** A step between writing and replacing, e.g. keeping a backup. */
	@FunctionalInterface
	public interface Step {
		void run() throws IOException;
	}

	/** Permissions of a new file: readable by others, as files an office suite writes (temporary files are 0600). */
	private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--"); //$NON-NLS-1$

	private AtomicFiles() {
	}

	/**
	 * Writes the file; on any failure (or cancellation, thrown by the writer) the target is left as it was and no
	 * temporary file remains. A replaced file keeps its permissions.
	 *
	 * @param beforeReplace runs after the new content is safe on disk and before it replaces the target (e.g. to keep
	 *                      a backup of the previous version); may be null
	 */
	public static void write(Path file, Writer writer, Step beforeReplace) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				writer.write(out);
			}
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			permissions(temp, target);
			if (beforeReplace != null) {
				beforeReplace.run();
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** {@link #write(Path, Writer, Step)} without a step before the replacement. */
	public static void write(Path file, Writer writer) throws IOException {
		write(file, writer, null);
	}

	private static void permissions(Path temp, Path target) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (view == null) {
			return; // not a POSIX file system: the defaults are fine
		}
		view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
	}
}
