/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.derived;

import org.eclipse.osgi.util.NLS;

/** Messages of the derived-value rules D01–D09 (messages.properties; Chinese as unicode escapes). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.validation.derived.messages"; //$NON-NLS-1$

	public static String D_disagrees;

	public static String D_subject;

	public static String D_year;

	public static String D_yearSuffix;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
