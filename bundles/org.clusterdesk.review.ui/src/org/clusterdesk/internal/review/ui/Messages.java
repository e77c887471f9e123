/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review.ui;

import org.eclipse.osgi.util.NLS;

/** Messages of the Review view (messages.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.review.ui.messages"; //$NON-NLS-1$

	public static String Action_reviewFolder;

	public static String Action_reviewFolder_tip;

	public static String Action_reviewEditors;

	public static String Action_reviewEditors_tip;

	public static String Action_refresh;

	public static String Action_refresh_tip;

	public static String Action_stop;

	public static String Action_stop_tip;

	public static String Action_export;

	public static String Action_export_tip;

	public static String Filter_message;

	public static String Folder_title;

	public static String Folder_message;

	public static String Export_title;

	public static String Export_defaultName;

	public static String Export_job;

	public static String Export_done;

	public static String Job_name;

	public static String Scope_folder;
	public static String Scope_folderRecursive;
	public static String Action_subfolders;
	public static String Action_subfolders_tip;

	public static String Scope_editors;

	public static String Status_none;

	public static String Status_running;

	public static String Status_summary;

	public static String Status_filtered;

	public static String Status_cancelled;

	public static String Status_empty;

	public static String Status_noEditors;

	public static String Open_unreadable;

	public static String Open_failed;

	public static String ToolTip_firstProblem;

	public static String ToolTip_noProblem;

	public static String Action_copy;
	public static String Action_open;
	public static String Action_open_tip;
	public static String Action_copy_tip;
	public static String Copy_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
