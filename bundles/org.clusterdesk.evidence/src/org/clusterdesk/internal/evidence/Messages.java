/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.evidence;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the evidence bundle (messages.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.evidence.messages"; //$NON-NLS-1$

	public static String Cover_title;
	public static String Cover_summary;
	public static String Cover_date;
	public static String Cover_maker;
	public static String Toc_title;
	public static String Toc_number;
	public static String Toc_name;
	public static String Toc_pages;
	public static String Toc_range;
	public static String Toc_single;
	public static String Stamp;
	public static String Stamp_front;
	public static String Outline_cover;
	public static String Outline_toc;
	public static String Outline_attachment;
	public static String Outline_item;
	public static String Problem_noFileName;
	public static String Problem_absolute;
	public static String Problem_missing;
	public static String Problem_unreadable;
	public static String Problem_encrypted;
	public static String Problem_damaged;
	public static String Problem_empty;
	public static String Problem_ofd;
	public static String Problem_unsupported;
	public static String Problem_image;
	public static String Error_noAttachments;
	public static String Error_problems;
	public static String Error_font;
	public static String Kind_unknown;
	public static String Bundle_missing;
	public static String Bundle_encrypted;
	public static String Bundle_damaged;
	public static String Error_overwrites;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
