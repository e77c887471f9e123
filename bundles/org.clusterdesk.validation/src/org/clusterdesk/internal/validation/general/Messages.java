/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import org.eclipse.osgi.util.NLS;

/** Messages of the general rules G01–G14 (messages.properties; Chinese as unicode escapes). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.validation.general.messages"; //$NON-NLS-1$

	public static String G13_nameDoesNotMatch;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
