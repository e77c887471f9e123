/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor;

import org.eclipse.osgi.util.NLS;

/** Texts of the editor (messages.properties). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.editor.messages"; //$NON-NLS-1$

	public static String Editor_notAFile;
	public static String Editor_noLock;
	public static String Validation_job;
	public static String Validation_failed;
	public static String Markers_job;
	public static String Markers_more;
	public static String Action_undo;
	public static String Action_redo;
	public static String Action_undoTip;
	public static String Action_redoTip;
	public static String Action_revert;
	public static String Save_failedTitle;
	public static String Save_failed;
	public static String Save_unreadTitle;
	public static String Save_unread;
	public static String Revert_title;
	public static String Revert_confirm;
	public static String Changed_title;
	public static String Changed_question;
	public static String Changed_overwrite;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
