/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the Word form reader (messages.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.formreader.messages"; //$NON-NLS-1$

	public static String Reason_noHeader;

	public static String Reason_kindNotNamed;

	public static String Reason_noColumn;

	public static String Form_projectPeriod;

	public static String Form_plannedPeriod;

	public static String Form_contactName;

	public static String Form_contactPhone;

	public static String Form_noName;

	public static String Form_planDirection;

	public static String Form_planIndicator;

	public static String Form_planBaseline;

	public static String Form_planTarget;

	public static String Reason_otherUnit;

	public static String Reason_unknownUnit;

	public static String Form_planAchieved;

	public static String Form_commitmentClosing;

	public static String Form_commitmentSeal;

	public static String Form_countUnit;

	public static String Place_line;
	public static String Place_wholeSection;
	public static String Place_year;
	public static String Place_growth;
	public static String Place_sub;
	public static String Reason_notFound;
	public static String Reason_noHeading;
	public static String Reason_notSupported;
	public static String Reason_notNumber;
	public static String Reason_notCount;
	public static String Reason_notDate;
	public static String Reason_notYesNo;
	public static String Reason_unknownOption;
	public static String Reason_severalTicked;
	public static String Reason_noOption;
	public static String Reason_noYears;
	public static String Reason_noYear;
	public static String Reason_otherYear;
	public static String Reason_onlyOne;
	public static String Form_yes;
	public static String Form_no;
	public static String Form_explanation;
	public static String Form_count;
	public static String Form_names;
	public static String Form_growth;
	public static String Form_evidencePage;
	public static String Form_recommendationUnit;
	public static String Form_seal;
	public static String Form_period;
	public static String Reason_notPeriod;
	public static String Form_total;
	public static String Reason_fourCounts;
	public static String Form_attachmentIndex;
	public static String Form_indexNumber;
	public static String Form_indexName;
	public static String Form_indexEvidences;
	public static String Form_indexPages;
	public static String Form_notPaged;
	public static String Reason_notRange;
	public static String Reason_notMark;
	public static String Reason_pageOutside;
	public static String Reason_noEvidencePlace;
	public static String Error_notFound;
	public static String Error_permission;
	public static String Error_read;
	public static String Error_tooLarge;
	public static String Error_oldOrEncrypted;
	public static String Error_notDocx;
	public static String Error_macros;
	public static String Error_doctype;
	public static String Error_zipBomb;
	public static String Error_corrupt;
	public static String Error_unknownEdition;
	public static String Error_noSuchEdition;
	public static String Task_read;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
