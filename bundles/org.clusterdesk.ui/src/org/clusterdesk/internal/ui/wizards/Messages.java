/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** Messages of the ClusterDesk wizards (messages.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.ui.wizards.messages"; //$NON-NLS-1$

	public static String Edition_noIssuer;
	public static String Edition_planYears;
	public static String Edition_yearRange;
	public static String Edition_listSeparator;
	public static String Edition_summary;
	public static String Edition_detailTitle;
	public static String Edition_detailIssuer;
	public static String Edition_detailKind;
	public static String Edition_detailDataYears;
	public static String Edition_cutoff;
	public static String Edition_detailPlanYears;
	public static String Edition_stages;
	public static String Edition_detailReviewYears;
	public static String Edition_detailRecommendation;
	public static String Edition_detailNamePattern;
	public static String Edition_detailId;
	public static String Edition_reviewHint;
	public static String EditionPage_title;
	public static String EditionPage_description;
	public static String EditionPage_editions;
	public static String EditionPage_columnTitle;
	public static String EditionPage_columnIssuer;
	public static String EditionPage_columnKind;
	public static String EditionPage_columnDataYears;
	public static String EditionPage_columnPlanYears;
	public static String EditionPage_noEditions;
	public static String EditionPage_chooseOne;
	public static String ClusterInfoPage_title;
	public static String ClusterInfoPage_description;
	public static String ClusterInfoPage_noCategory;
	public static String ClusterInfoPage_nameHint;
	public static String ClusterInfoPage_regionNote;
	public static String ClusterInfoPage_enterName;
	public static String ClusterInfoPage_nameMismatch;
	public static String FileLocationPage_title;
	public static String FileLocationPage_description;
	public static String FileLocationPage_folder;
	public static String FileLocationPage_fileName;
	public static String FileLocationPage_defaultName;
	public static String FileLocationPage_noFolder;
	public static String FileLocationPage_newProject;
	public static String FileLocationPage_closedProject;
	public static String FileLocationPage_notAFolder;
	public static String FileLocationPage_noFileName;
	public static String FileLocationPage_exists;
	public static String WorkspaceFiles_exists;
	public static String WorkspaceFiles_saveFailed;
	public static String NewClusterFileWizard_title;
	public static String NewClusterFileWizard_failed;
	public static String FileField_workspace;
	public static String FileField_fileSystem;
	public static String FileField_browse;
	public static String FileField_workspaceMessage;
	public static String FileField_chooseFile;
	public static String EarlierApplicationPage_title;
	public static String EarlierApplicationPage_description;
	public static String EarlierApplicationPage_file;
	public static String EarlierApplicationPage_chooseTitle;
	public static String EarlierApplicationPage_reviewEdition;
	public static String EarlierApplicationPage_preview;
	public static String EarlierApplicationPage_clusterName;
	public static String EarlierApplicationPage_edition;
	public static String EarlierApplicationPage_planYears;
	public static String EarlierApplicationPage_indicators;
	public static String EarlierApplicationPage_columnDirection;
	public static String EarlierApplicationPage_columnIndicator;
	public static String EarlierApplicationPage_columnUnit;
	public static String EarlierApplicationPage_columnBaseline;
	public static String EarlierApplicationPage_columnTarget;
	public static String EarlierApplicationPage_noReviewEdition;
	public static String EarlierApplicationPage_chooseFile;
	public static String EarlierApplicationPage_notFound;
	public static String EarlierApplicationPage_notAnApplication;
	public static String EarlierApplicationPage_unknownEdition;
	public static String EarlierApplicationPage_alreadyReview;
	public static String EarlierApplicationPage_otherIssuer;
	public static String EarlierApplicationPage_noIndicators;
	public static String EarlierApplicationPage_otherYears;
	public static String EarlierApplicationPage_unsaved;
	public static String ReReviewWizard_title;
	public static String ReReviewWizard_locationTitle;
	public static String ReReviewWizard_fileName;
	public static String ExportWizard_title;
	public static String ExportPage_title;
	public static String ExportPage_description;
	public static String ExportPage_source;
	public static String ExportPage_chooseSource;
	public static String ExportPage_chooseSourceMessage;
	public static String ExportPage_format;
	public static String ExportPage_draft;
	public static String ExportPage_final;
	public static String ExportPage_xlsx;
	public static String ExportPage_trendCharts;
	public static String ExportPage_trendChartsTip;
	public static String ExportPage_output;
	public static String ExportPage_chooseOutput;
	public static String ExportPage_overwrite;
	public static String ExportPage_draftName;
	public static String ExportPage_unknownEdition;
	public static String ExportPage_noOutput;
	public static String ExportPage_outputIsSource;
	public static String ExportPage_noFolder;
	public static String ExportPage_outputIsFolder;
	public static String ExportPage_exists;
	public static String ExportPage_unsaved;
	public static String ExportPage_finalHint;
	public static String ImportLibrariesWizard_title;
	public static String ImportLibrariesPage_title;
	public static String ImportLibrariesPage_description;
	public static String ImportLibrariesPage_workbook;
	public static String ImportLibrariesPage_chooseWorkbook;
	public static String ImportLibrariesPage_chooseWorkbookMessage;
	public static String ImportLibrariesPage_target;
	public static String ImportLibrariesPage_chooseTarget;
	public static String ImportLibrariesPage_chooseTargetMessage;
	public static String ImportLibrariesPage_explanation;
	public static String ImportLibrariesPage_refuseOnErrors;
	public static String ImportLibrariesPage_allowEmpty;
	public static String ImportLibrariesPage_notCompetition;
	public static String ImportLibrariesPage_intoEditor;
	public static String ImportLibrariesPage_intoFile;

	public static String ImportFormWizard_title;
	public static String ImportFormPage_title;
	public static String ImportFormPage_description;
	public static String ImportFormPage_form;
	public static String ImportFormPage_chooseForm;
	public static String ImportFormPage_chooseFormMessage;
	public static String ImportFormPage_edition;
	public static String ImportFormPage_recognise;
	public static String ImportFormPage_target;
	public static String ImportFormPage_chooseTarget;
	public static String ImportFormPage_replace;
	public static String ImportFormPage_explanation;
	public static String ImportFormPage_noTarget;
	public static String ImportFormPage_targetExtension;
	public static String ImportFormPage_exists;
	public static String ImportFormPage_openInEditor;
	public static String ImportFormPage_replacing;
	public static String ImportFormPage_ready;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
