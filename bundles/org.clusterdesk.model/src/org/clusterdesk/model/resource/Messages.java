/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import org.eclipse.osgi.util.NLS;

/** Messages of file loading and saving (messages.properties). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.model.resource.messages"; //$NON-NLS-1$

	public static String ClusterFiles_notFound;
	public static String ClusterFiles_damaged;
	public static String ClusterFiles_foreign;
	public static String ClusterFiles_permission;
	public static String ClusterFiles_invalidUtf8;
	public static String ClusterFiles_unknownEncoding;
	public static String ClusterFiles_doctype;
	public static String ClusterFiles_numberOutOfBounds;
	public static String ClusterFiles_badValue;
	public static String ClusterFiles_externalReference;
	public static String ClusterFiles_refused;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
