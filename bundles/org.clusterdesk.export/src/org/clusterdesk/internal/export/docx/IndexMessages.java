/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the attachments index 附件清单 (index.properties). */
final class IndexMessages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.export.docx.index"; //$NON-NLS-1$

	public static String Index_title;
	public static String Index_note;
	public static String Index_number;
	public static String Index_name;
	public static String Index_file;
	public static String Index_evidences;
	public static String Index_pages;
	public static String Index_range;
	public static String Index_single;
	public static String Index_noPages;
	public static String Index_total;
	public static String Index_mark;
	public static String Evidence_itemInBundle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, IndexMessages.class);
	}

	private IndexMessages() {
	}
}
