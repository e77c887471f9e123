/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.charts;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the charts (messages.properties, Chinese as the forms word it). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.charts.messages"; //$NON-NLS-1$

	public static String Chart_threshold;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
