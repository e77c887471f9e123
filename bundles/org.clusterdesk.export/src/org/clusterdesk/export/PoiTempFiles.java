/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Apache POI's temporary files (streamed workbooks, large documents) go to a folder of the current user only. POI's
 * default, {@code poifiles} under the system temporary folder, is shared: it belongs to whoever ran first and every
 * other user's export then fails. Set once, before the first workbook or document, by exports, imports and review.
 */
public final class PoiTempFiles {

	private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------"); //$NON-NLS-1$

	private static Path installed;

	private PoiTempFiles() {
	}

	/**
	 * Log4j's fallback logger (no provider is installed) prints POI's parser complaints with their stack traces to the
	 * process's standard error: thirty lines for a workbook with a DOCTYPE, beside the one clear line ClusterDesk
	 * prints. Turned off unless configured otherwise; must be set before POI's first logger is made.
	 */
	private static final String SIMPLE_LOG_LEVEL = "org.apache.logging.log4j.simplelog.level"; //$NON-NLS-1$

	private static final String STATUS_LOG_LEVEL = "log4j2.statusLoggerLevel"; //$NON-NLS-1$

	/**
	 * Makes POI use this user's own temporary folder and keeps its log off standard error; does nothing after the first
	 * call. Never throws.
	 */
	public static synchronized void ensure() {
		if (installed != null) {
			return;
		}
		if (System.getProperty(SIMPLE_LOG_LEVEL) == null) {
			System.setProperty(SIMPLE_LOG_LEVEL, "OFF"); //$NON-NLS-1$
		}
		if (System.getProperty(STATUS_LOG_LEVEL) == null) {
			System.setProperty(STATUS_LOG_LEVEL, "OFF"); //$NON-NLS-1$
		}
		Path folder = choose(Path.of(System.getProperty("java.io.tmpdir")), Path.of(System.getProperty("user.home")), //$NON-NLS-1$ //$NON-NLS-2$
				System.getProperty("user.name")); //$NON-NLS-1$
		if (folder != null) {
			TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
			installed = folder;
		}
	}

	/** The folder in use, or null before {@link #ensure()} (or when no private folder could be made). */
	public static synchronized Path folder() {
		return installed;
	}

	/**
	 * The private folder to use: {@code TMP/clusterdesk-USER/poifiles} when this user owns it and nobody else can
	 * enter it, otherwise {@code HOME/.cache/clusterdesk/poifiles}; created with permissions 0700. Null when neither
	 * can be made.
	 */
	public static Path choose(Path systemTemp, Path home, String user) {
		String safeUser = user == null ? "user" : user.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path[] candidates = { systemTemp.resolve("clusterdesk-" + safeUser), home.resolve(".cache").resolve("clusterdesk") }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Path base : candidates) {
			Path folder = base.resolve("poifiles"); //$NON-NLS-1$
			try {
				if (privateFolder(base, user) && privateFolder(folder, user)) {
					return folder;
				}
			} catch (IOException | SecurityException | UnsupportedOperationException e) {
				// next candidate
			}
		}
		return null;
	}

	private static boolean privateFolder(Path folder, String user) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(folder.getParent(), PosixFileAttributeView.class);
		if (view == null) {
			Files.createDirectories(folder); // not POSIX (Windows): the user's temporary folder is private already
			return Files.isDirectory(folder) && Files.isWritable(folder);
		}
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			Files.createDirectories(folder.getParent());
			Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
			Files.setPosixFilePermissions(folder, PRIVATE); // whatever the umask
		}
		PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		if (!attributes.isDirectory() || user != null && !user.equals(attributes.owner().getName())) {
			return false; // a link, a file, or another user's folder
		}
		if (!attributes.permissions().equals(PRIVATE)) {
			Files.setPosixFilePermissions(folder, PRIVATE);
		}
		return Files.isWritable(folder);
	}
}
