/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.jobs;

import org.eclipse.osgi.util.NLS;

/** User-facing text of 生成佐证材料 (evidence.properties). */
public final class EvidenceMessages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.ui.jobs.evidence"; //$NON-NLS-1$

	public static String EvidenceJob_name;
	public static String EvidenceJob_title;
	public static String EvidenceJob_unreadable;
	public static String EvidenceJob_refused;
	public static String EvidenceJob_failed;
	public static String EvidenceJob_done;
	public static String EvidenceJob_detailFile;
	public static String EvidenceJob_detailSource;
	public static String EvidenceJob_detailPages;
	public static String EvidenceJob_detailTime;
	public static String EvidenceJob_pagesDiffer;
	public static String EvidenceJob_updated;
	public static String EvidenceJob_notUpdated;
	public static String EvidenceJob_updateCommand;
	public static String EvidenceJob_unsavedContent;
	public static String EvidenceHandler_dialogTitle;
	public static String EvidenceHandler_defaultName;

	static {
		NLS.initializeMessages(BUNDLE_NAME, EvidenceMessages.class);
	}

	private EvidenceMessages() {
	}
}
