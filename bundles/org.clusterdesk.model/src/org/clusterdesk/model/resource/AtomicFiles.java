/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Writes a file so that it is either complete or not there: a temporary file beside the target, forced to disk, then
 * renamed over the target in one step. Documents, exports and workbooks are all written this way.
 * <p>
 * A target that is a symbolic link is written through: the file it points to gets the new content and the link stays.
 * A read-only target is refused as the platform refuses to write it ({@link AccessDeniedException}), never replaced.
 * Temporary files are named {@code .NAME.PID.RANDOM.clusterdesk.tmp}; ones left by a process that no longer runs
 * (a killed import) are removed on the next write of the same file.
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

	/** Suffix of every temporary file this class writes. */
	public static final String TEMP_SUFFIX = ".clusterdesk.tmp"; //$NON-NLS-1$

	/** Permissions of a new file: readable by others, as files an office suite writes (temporary files are 0600). */
	private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--"); //$NON-NLS-1$

	/** Temporary files of earlier versions ({@code .NAME1234567.tmp}): removed once they are clearly abandoned. */
	private static final Duration LEGACY_TEMP_AGE = Duration.ofHours(1);

	private static final int MAX_LINKS = 40;

	private static final SecureRandom RANDOM = new SecureRandom();

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
		Path target = target(file);
		if (Files.isDirectory(target)) {
			throw new FileSystemException(target.toString(), null, WriteMessages.AtomicFiles_directory);
		}
		if (Files.exists(target) && readOnly(target)) {
			throw new AccessDeniedException(target.toString(), null, WriteMessages.AtomicFiles_readOnly);
		}
		Files.createDirectories(target.getParent());
		removeStaleTemporaryFiles(target);
		Path temp = newTemporaryFile(target);
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

	/**
	 * The file that a write to {@code file} changes: the absolute path, with symbolic links followed (also a link to a
	 * file that does not exist yet), so that a link is written through and kept.
	 */
	public static Path target(Path file) throws IOException {
		Path path = file.toAbsolutePath().normalize();
		for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(path); i++) {
			Path link = Files.readSymbolicLink(path);
			path = path.resolveSibling(link).toAbsolutePath().normalize();
		}
		if (Files.isSymbolicLink(path)) {
			throw new FileSystemException(file.toString(), null, WriteMessages.AtomicFiles_linkLoop);
		}
		Path parent = path.getParent();
		if (parent != null && Files.isDirectory(parent)) {
			path = parent.toRealPath().resolve(path.getFileName());
		}
		return path;
	}

	/**
	 * Whether the file may not be written: not writable for this user, or marked read-only (no owner write permission)
	 * even for an administrator, who could otherwise write anything.
	 */
	public static boolean readOnly(Path file) {
		if (!Files.isWritable(file)) {
			return true;
		}
		try {
			PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
			if (view != null) {
				return !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
			}
			Object dosReadOnly = Files.getAttribute(file, "dos:readonly"); //$NON-NLS-1$
			return Boolean.TRUE.equals(dosReadOnly);
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
			return false;
		}
	}

	private static Path newTemporaryFile(Path target) throws IOException {
		String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + "."; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (;;) {
			Path temp = target.resolveSibling(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + TEMP_SUFFIX);
			try {
				return Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
			} catch (UnsupportedOperationException e) {
				return Files.createFile(temp);
			} catch (java.nio.file.FileAlreadyExistsException e) {
				// another name
			}
		}
	}

	/**
	 * Removes temporary files that an earlier write of {@code target} left behind when its process was killed: the
	 * process that made them no longer runs (or started after the file was written, i.e. its number was reused).
	 * Files of a write in progress in another process stay.
	 */
	public static void removeStaleTemporaryFiles(Path target) {
		String name = target.getFileName().toString();
		Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\.(\\d+)\\.[0-9a-z]+" + Pattern.quote(TEMP_SUFFIX)); //$NON-NLS-1$ //$NON-NLS-2$
		Pattern legacy = Pattern.compile("\\." + Pattern.quote(name) + "\\d+\\.tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), "." + globQuote(name) + "*tmp")) { //$NON-NLS-1$ //$NON-NLS-2$
			for (Path sibling : siblings) {
				String file = sibling.getFileName().toString();
				Matcher matcher = ours.matcher(file);
				boolean stale;
				if (matcher.matches()) {
					stale = abandoned(Long.parseLong(matcher.group(1)), sibling);
				} else if (legacy.matcher(file).matches()) {
					stale = modified(sibling).plus(LEGACY_TEMP_AGE).isBefore(Instant.now());
				} else {
					stale = false;
				}
				if (stale && Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)) {
					Files.deleteIfExists(sibling);
				}
			}
		} catch (IOException | NumberFormatException | SecurityException e) {
			// cleaning up is a courtesy: the write itself must not fail because of it
		}
	}

	private static boolean abandoned(long pid, Path temp) throws IOException {
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		if (process.isEmpty() || !process.get().isAlive()) {
			return true;
		}
		Optional<Instant> started = process.get().info().startInstant();
		// a process with this number that started after the file was written cannot have written it
		return started.isPresent() && started.get().isAfter(modified(temp).plusSeconds(1));
	}

	private static Instant modified(Path file) throws IOException {
		FileTime time = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
		return time.toInstant();
	}

	private static String globQuote(String name) {
		return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void permissions(Path temp, Path target) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (view == null) {
			return; // not a POSIX file system: the defaults are fine
		}
		try {
			view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
		} catch (NoSuchFileException e) {
			view.setPermissions(NEW_FILE);
		}
	}

	/** Message of a refused write, for a user. */
	public static String describe(Path file, IOException e) {
		if (e instanceof AccessDeniedException) {
			return NLS.bind(WriteMessages.AtomicFiles_accessDenied, file);
		}
		if (e instanceof NoSuchFileException) {
			return NLS.bind(WriteMessages.AtomicFiles_noFolder, file);
		}
		String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
		return NLS.bind(WriteMessages.AtomicFiles_failed, file, reason);
	}
}
