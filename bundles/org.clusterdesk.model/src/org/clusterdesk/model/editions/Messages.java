/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.editions;

import org.eclipse.osgi.util.NLS;

/** Messages of the edition registry (messages.properties). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.model.editions.messages"; //$NON-NLS-1$

	public static String EditionRegistry_missingFile;
	public static String EditionRegistry_notAnEdition;
	public static String EditionRegistry_unresolved;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	static String missingFile(String bundle, String file) {
		return NLS.bind(EditionRegistry_missingFile, bundle, file);
	}

	static String notAnEdition(String location) {
		return NLS.bind(EditionRegistry_notAnEdition, location);
	}

	static String unresolved(String location, String reference) {
		return NLS.bind(EditionRegistry_unresolved, location, reference);
	}
}
