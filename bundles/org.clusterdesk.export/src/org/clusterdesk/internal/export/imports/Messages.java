/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the library import (messages.properties): errors, problem reasons and summaries. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.export.imports.messages"; //$NON-NLS-1$

	public static String Progress_read;
	public static String Error_notFound;
	public static String Error_notXlsx;
	public static String Error_legacyXls;
	public static String Error_encrypted;
	public static String Error_corrupt;
	public static String Error_zipBomb;
	public static String Error_tooManyRows;
	public static String Error_read;
	public static String Error_noLibrary;
	public static String Reason_nameMissing;
	public static String Reason_totalRow;
	public static String Reason_notNumber;
	public static String Reason_placeholder;
	public static String Reason_notYesNo;
	public static String Reason_notMonth;
	public static String Reason_notPeriod;
	public static String Reason_periodReversed;
	public static String Value_year;
	public static String Value_month;
	public static String Reason_unknownHonour;
	public static String Reason_errorValue;
	public static String Reason_formulaWithoutValue;
	public static String Reason_unknownColumn;
	public static String Reason_missingColumn;
	public static String Reason_tenThousand;
	public static String Reason_duplicateColumn;
	public static String Summary_replaced;
	public static String Summary_emptied;
	public static String Error_rowNumber;
	public static String Error_sheetXml;
	public static String Error_permission;
	public static String Error_doctype;
	public static String Reason_numberOutOfRange;
	public static String Reason_controlCharacters;
	public static String Summary_line;
	public static String Summary_ignoredSheet;
	public static String Summary_omitted;
	public static String Problem_format;
	public static String Problem_formatNoValue;
	public static String Problem_formatSheet;
	public static String Command_label;
	public static String Command_description;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
