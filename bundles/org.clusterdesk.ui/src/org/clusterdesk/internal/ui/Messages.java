/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui;

import org.eclipse.osgi.util.NLS;

/** Messages of the shared UI parts (messages.properties). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.ui.messages"; //$NON-NLS-1$

	public static String ResultDialog_copy;
	public static String ResultDialog_copied;
	public static String ResultDialog_close;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
