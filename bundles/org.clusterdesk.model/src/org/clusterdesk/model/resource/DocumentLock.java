/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.osgi.util.NLS;

/**
 * Serialises writers of one document across processes (two {@code clusterdesk import}s, an import and the editor):
 * an operating-system lock on a hidden sibling {@code .NAME.lock} ({@code .x.cluster.lock} for {@code x.cluster}), held from reading the document to saving it, so
 * that the second writer reads what the first one saved instead of overwriting it. The lock file is removed when the
 * lock is released; a lock left by a killed process is released by the operating system.
 * <p>
 * The editor holds the lock from loading a document to closing it ({@link #hold(Path)}), so that a command-line write
 * or a second editor on the same file is refused while it is open.
 * <p>
 * A released lock file is first marked (one byte) and then removed: a writer that was waiting on it sees the mark
 * and takes the lock on the next file instead, so two writers never believe they hold the lock at the same time.
 */
public final class DocumentLock implements AutoCloseable {

	/** How long a second writer waits by default before giving up. */
	public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

	private static final String SUFFIX = ".lock"; //$NON-NLS-1$

	/** Locks held by this process (the operating system does not serialise threads of one process). */
	private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	private final Path lockFile;
	private final ReentrantLock inProcess;
	private FileChannel channel;
	private FileLock lock;
	private boolean closed;

	private DocumentLock(Path lockFile, ReentrantLock inProcess, FileChannel channel, FileLock lock) {
		this.lockFile = lockFile;
		this.inProcess = inProcess;
		this.channel = channel;
		this.lock = lock;
	}

	/** The hidden lock file of a document. */
	public static Path lockFileOf(Path document) throws IOException {
		Path target = AtomicFiles.target(document);
		return target.resolveSibling("." + target.getFileName() + SUFFIX); //$NON-NLS-1$
	}

	/** Takes the lock, waiting at most {@link #DEFAULT_WAIT}. */
	public static DocumentLock acquire(Path document) throws IOException {
		return acquire(document, DEFAULT_WAIT);
	}

	/**
	 * Takes the lock of the document, waiting at most {@code wait} for another writer to finish.
	 *
	 * @throws IOException with a message naming the document when another writer still holds it
	 */
	public static DocumentLock acquire(Path document, Duration wait) throws IOException {
		Path lockFile = lockFileOf(document);
		long deadline = System.nanoTime() + wait.toNanos();
		ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(lockFile, k -> new ReentrantLock());
		if (inProcess.isHeldByCurrentThread()) {
			// nested, e.g. a save inside an import that holds the lock from reading to saving
			inProcess.lock();
			return new DocumentLock(lockFile, inProcess, null, null);
		}
		try {
			if (!inProcess.tryLock(Math.max(0, wait.toMillis()), java.util.concurrent.TimeUnit.MILLISECONDS)) {
				throw busy(document, lockFile, wait);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw busy(document, lockFile, wait);
		}
		try {
			for (;;) {
				FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
						StandardOpenOption.WRITE);
				FileLock lock = null;
				try {
					lock = channel.tryLock();
				} catch (OverlappingFileLockException e) {
					lock = null;
				}
				if (lock != null && channel.size() == 0) {
					return new DocumentLock(lockFile, inProcess, channel, lock);
				}
				// held by another process, or released and marked: try again on what the path names now
				channel.close();
				if (System.nanoTime() > deadline) {
					throw busy(document, lockFile, wait);
				}
				Thread.sleep(50);
			}
		} catch (InterruptedException e) {
			inProcess.unlock();
			Thread.currentThread().interrupt();
			throw busy(document, lockFile, wait);
		} catch (IOException | RuntimeException e) {
			inProcess.unlock();
			throw e;
		}
	}

	/**
	 * Takes the lock of a document for as long as it is open (the editor, from loading to closing), without waiting:
	 * refused when anybody holds it, another process or this one (a second editor on the same file through another
	 * path). Saves of the holder's thread nest inside it ({@link #acquire(Path)} on the same thread).
	 *
	 * @throws Busy with a message naming the document and the lock file when the document is held
	 * @throws IOException when the lock file cannot be created (a folder that is not writable)
	 */
	public static DocumentLock hold(Path document) throws IOException {
		Path lockFile = lockFileOf(document);
		ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(lockFile, k -> new ReentrantLock());
		Busy open = new Busy(NLS.bind(WriteMessages.DocumentLock_open, document.toAbsolutePath().normalize(), lockFile));
		if (inProcess.isLocked()) {
			throw open;
		}
		try {
			return acquire(document, Duration.ZERO);
		} catch (Busy e) {
			throw open;
		}
	}

	/** Another writer or editor holds the document. */
	public static final class Busy extends IOException {

		private static final long serialVersionUID = 1L;

		Busy(String message) {
			super(message);
		}
	}

	private static IOException busy(Path document, Path lockFile, Duration wait) {
		return new Busy(NLS.bind(WriteMessages.DocumentLock_busy,
				new Object[] { document.toAbsolutePath().normalize(), lockFile, wait.toSeconds() }));
	}

	/** The lock file (for messages and tests). */
	public Path lockFile() {
		return lockFile;
	}

	/** Releases the lock and removes the lock file (a nested lock only counts down); calling it twice does nothing. */
	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		if (channel == null) {
			inProcess.unlock();
			return;
		}
		try {
			channel.write(ByteBuffer.wrap(new byte[] { 'x' }), 0);
			Files.deleteIfExists(lockFile);
		} finally {
			try {
				lock.release();
				channel.close();
			} finally {
				channel = null;
				lock = null;
				inProcess.unlock();
			}
		}
	}
}
