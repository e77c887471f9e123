/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import org.eclipse.osgi.util.NLS;

/** Texts of the editor's pages (messages.properties). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.editor.pages.messages"; //$NON-NLS-1$

	public static String Page_instructions;
	public static String Page_problems;
	public static String Page_declaration;
	public static String Page_planCounter;
	public static String Instructions_title;
	public static String Instructions_none;
	public static String Overview_tab;
	public static String Overview_heading;
	public static String Overview_document;
	public static String Overview_name;
	public static String Overview_noName;
	public static String Overview_form;
	public static String Overview_formText;
	public static String Overview_unknownEdition;
	public static String Overview_edition;
	public static String Overview_years;
	public static String Overview_yearsText;
	public static String Overview_plan;
	public static String Overview_planText;
	public static String Overview_file;
	public static String Overview_eligibility;
	public static String Overview_eligible;
	public static String Overview_ineligible;
	public static String Overview_completeness;
	public static String Overview_total;
	public static String Overview_totalText;
	public static String Overview_countText;
	public static String Overview_complete;
	public static String Overview_missing;
	public static String Overview_problems;
	public static String Overview_counts;
	public static String Overview_checkedIn;
	public static String Overview_validating;
	public static String Overview_showAll;
	public static String Overview_showErrors;
	public static String Overview_showWarnings;
	public static String Overview_hint;
	public static String Overview_colSeverity;
	public static String Overview_colRule;
	public static String Overview_colSection;
	public static String Overview_colField;
	public static String Overview_colMessage;
	public static String Overview_error;
	public static String Overview_warning;
	public static String Library_summary;
	public static String Library_summaryHint;
	public static String Library_index;
	public static String Library_contactPerson;
	public static String Library_contactPhone;
	public static String Library_period;
	public static String Library_plannedPeriod;
	public static String Paste_title;
	public static String Paste_empty;
	public static String Paste_failed;
	public static String Paste_notLibrary;
	public static String Paste_dialogTitle;
	public static String Paste_summary;
	public static String Paste_colLine;
	public static String Paste_colColumn;
	public static String Paste_colValue;
	public static String Paste_colReason;
	public static String Paste_header;
	public static String Paste_line;
	public static String Paste_add;
	public static String Paste_command;
	public static String Park_tab;
	public static String Park_heading;
	public static String Park_add;
	public static String Park_remove;
	public static String Park_none;
	public static String Park_hint;
	public static String Park_addCommand;
	public static String Park_removeConfirm;
	public static String Park_removeCommand;
	public static String Overview_attachments;
	public static String Overview_attachmentsHint;

	public static String Overview_trends;
	public static String Overview_trendsHint;
	public static String Overview_trendsEmpty;
	public static String Overview_trendValue;
	public static String Overview_trendNoValue;
	public static String Overview_trendThreshold;
	public static String Overview_trendBelow;
	public static String Overview_trendOpen;
	public static String Overview_trendMenuOpen;
	public static String Overview_trendMenuCopy;
	public static String Overview_trendMenuSave;
	public static String Overview_trendCopied;
	public static String Overview_trendSaved;
	public static String Overview_trendSaveFailed;
	public static String Overview_migrated;

	public static String Section_partHeading;
	public static String Section_inPart;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
