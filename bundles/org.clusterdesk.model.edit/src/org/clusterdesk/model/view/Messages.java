/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.view;

import org.eclipse.osgi.util.NLS;

/** The forms' header texts of their tables of figures. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.model.view.messages"; //$NON-NLS-1$

	public static String Year;

	public static String YearHeader;

	public static String Indicator;

	public static String Period;

	public static String Growth;

	public static String EvidencePage;

	public static String StageTarget;

	public static String SmartFactories;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
