/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import org.eclipse.osgi.util.NLS;

/** Messages of writing files: atomic writes, locks, outputs that would overwrite an input (writemessages.properties). */
final class WriteMessages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.model.resource.writemessages"; //$NON-NLS-1$

	public static String AtomicFiles_readOnly;
	public static String AtomicFiles_directory;
	public static String AtomicFiles_linkLoop;
	public static String AtomicFiles_accessDenied;
	public static String AtomicFiles_noFolder;
	public static String AtomicFiles_failed;
	public static String DocumentLock_busy;
	public static String DocumentLock_open;
	public static String OutputPaths_sameAsInput;
	public static String OutputPaths_sameOutput;

	static {
		NLS.initializeMessages(BUNDLE_NAME, WriteMessages.class);
	}

	private WriteMessages() {
	}
}
