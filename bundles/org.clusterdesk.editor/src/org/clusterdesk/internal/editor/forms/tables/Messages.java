/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms.tables;

import org.eclipse.osgi.util.NLS;

/** Texts of the editor's tables of figures (messages.properties); the form's own header texts come from its view model. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.editor.forms.tables.messages"; //$NON-NLS-1$

	public static String Table_yearField;
	public static String Table_parkTotalField;
	public static String Table_parkClusterField;
	public static String Table_growthField;
	public static String Table_pageField;
	public static String Table_pageHint;
	public static String Table_actualField;
	public static String Table_computed;
	public static String Table_computedGrowth;
	public static String Table_average;
	public static String Table_computedLine;
	public static String Table_derivedLine;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
