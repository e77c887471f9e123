/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import org.eclipse.osgi.util.NLS;

/** Texts of the form controls (messages.properties). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.editor.forms.messages"; //$NON-NLS-1$

	public static String Context_cannotChange;

	public static String Layout_notPrinted;
	public static String Convert_notDecimal;
	public static String Convert_notInteger;
	public static String Convert_notDate;
	public static String Convert_notMonth;
	public static String Field_notRead;
	public static String Field_change;
	public static String Field_counterNoLimit;
	public static String Field_counter;
	public static String Field_counterOver;
	public static String Field_counterRule;
	public static String Derived_formula;
	public static String Derived_computed;
	public static String Derived_entered;
	public static String Derived_disagrees;
	public static String Derived_missing;
	public static String Derived_computedPrefix;
	public static String Choice_clear;
	public static String Evidence_title;
	public static String Evidence_intro;
	public static String Evidence_attachment;
	public static String Evidence_addFile;
	public static String Evidence_addFileTitle;
	public static String Evidence_page;
	public static String Evidence_note;
	public static String Evidence_later;
	public static String Evidence_chooseAttachment;
	public static String Evidence_pagePositive;
	public static String Evidence_attachmentText;
	public static String Check_tick;
	public static String Check_untick;
	public static String Check_evidence;
	public static String Check_evidenceMissing;
	public static String Check_evidenceNoPage;
	public static String Check_evidenceText;
	public static String Table_yes;
	public static String Table_no;
	public static String Table_add;
	public static String Table_delete;
	public static String Table_up;
	public static String Table_down;
	public static String Table_filter;
	public static String Table_filterHint;
	public static String Table_cellNotRead;
	public static String Table_changeCell;
	public static String Table_count;
	public static String Table_countFiltered;
	public static String Table_addRow;
	public static String Table_deleteRows;
	public static String Table_moveRows;
	public static String Row_dateHint;
	public static String Row_monthHint;
	public static String Row_computed;
	public static String Row_computedLine;
	public static String Row_explanation;
	public static String Row_count;
	public static String Row_countSuffix;
	public static String Row_piece;
	public static String Row_names;
	public static String Row_namesSuffix;
	public static String Row_namesHint;
	public static String Row_namesCount;
	public static String Row_namesNumber;
	public static String Row_yearField;
	public static String Row_growth;
	public static String Row_computedGrowth;
	public static String Row_growthField;
	public static String Row_growthFormula;
	public static String Row_evidencePage;
	public static String Row_pageField;
	public static String Row_pageHint;
	public static String Row_total;
	public static String Row_totalField;
	public static String Row_baselineYear;
	public static String Row_targetValueYear;
	public static String Row_achievedYear;
	public static String Row_stageYear;
	public static String Row_attainment;
	public static String Row_met;
	public static String Row_metYes;
	public static String Row_metNo;
	public static String Row_planAverage;
	public static String Row_stageGoal;
	public static String Row_led;
	public static String Row_participated;
	public static String Row_removeUnit;
	public static String Row_removeUnitCommand;
	public static String Row_addUnit;
	public static String Row_addUnitCommand;
	public static String Row_addEvidence;
	public static String Row_evidenceAdd;
	public static String Row_evidenceList;
	public static String Row_evidencePageText;
	public static String Table_index;
	public static String Convert_notPeriod;
	public static String Convert_periodReversed;
	public static String Check_evidenceMore;
	public static String Check_evidenceMissingTip;
	public static String Row_rankRevenue;
	public static String Row_rankRd;
	public static String Row_rankYear;
	public static String Row_evidenceClear;
	public static String Row_evidenceClearCommand;
	public static String Row_evidenceListTip;
	public static String Context_instruction;
	public static String Field_decimalsWords;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
