/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.model.resource.migration.messages"; //$NON-NLS-1$

	public static String Version_newer;
	public static String Report_summary;
	public static String Report_versions;
	public static String Report_separator;
	public static String Report_missing;
	public static String Report_dropped;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
