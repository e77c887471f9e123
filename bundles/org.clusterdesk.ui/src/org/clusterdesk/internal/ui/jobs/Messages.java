/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.jobs;

import org.eclipse.osgi.util.NLS;

/** Messages of the ClusterDesk background jobs and their reports (messages.properties). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.ui.jobs.messages"; //$NON-NLS-1$

	public static String ClusterJob_failed;
	public static String ValidationJob_name;
	public static String ValidationJob_title;
	public static String ValidationJob_checking;
	public static String ValidationJob_markers;
	public static String ValidationJob_unreadable;
	public static String ValidationJob_clean;
	public static String ValidationJob_found;
	public static String ValidationJob_unsavedContent;
	public static String ValidationJob_ineligible;
	public static String ValidationJob_seeProblems;
	public static String ValidationJob_seeEditorProblems;
	public static String ValidationJob_otherSection;
	public static String ValidationJob_error;
	public static String ValidationJob_warning;
	public static String ValidationJob_expected;
	public static String ExportFormat_draft;
	public static String ExportFormat_final;
	public static String ExportFormat_xlsx;
	public static String ExportJob_name;
	public static String ExportJob_title;
	public static String ExportJob_unreadable;
	public static String ExportJob_failed;
	public static String ExportJob_refused;
	public static String ImportJob_wouldEmpty;
	public static String ExportJob_refusedHint;
	public static String ExportJob_done;
	public static String ExportJob_detailFile;
	public static String ExportJob_detailFormat;
	public static String ExportJob_detailTrendCharts;
	public static String ExportJob_detailSource;
	public static String ExportJob_detailCluster;
	public static String ExportJob_detailTime;
	public static String ExportJob_unsavedContent;
	public static String ImportJob_name;
	public static String ImportJob_title;
	public static String ImportJob_unreadable;
	public static String ImportJob_notImported;
	public static String ImportJob_failed;
	public static String ImportJob_notCompetition;
	public static String ImportJob_cannotExecute;
	public static String ImportJob_saveFailed;
	public static String ImportJob_done;
	public static String ImportJob_appliedInEditor;
	public static String ImportJob_savedToFile;
	public static String ImportJob_detailWorkbook;
	public static String ImportJob_detailTarget;
	public static String ImportJob_problems;
	public static String ImportJob_error;
	public static String ImportJob_warning;
	public static String ImportJob_omitted;

	public static String FormJob_name;
	public static String FormJob_title;
	public static String FormJob_exists;
	public static String FormJob_notAForm;
	public static String FormJob_saveFailed;
	public static String FormJob_doneAllRead;
	public static String FormJob_doneUnread;
	public static String FormJob_detailForm;
	public static String FormJob_detailTarget;
	public static String FormJob_detailEdition;
	public static String FormJob_detailBackup;
	public static String FormJob_notOpened;
	public static String FormJob_allRead;
	public static String FormJob_unreadHeader;
	public static String FormJob_editionTitle;
	public static String FormJob_openInEditor;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
