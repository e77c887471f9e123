/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the batch review (messages.properties): sheet names, headers, progress lines. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.review.messages"; //$NON-NLS-1$

	public static String Sheet_overview;

	public static String Sheet_problems;

	public static String Sheet_attainment;

	public static String Sheet_charts;

	public static String Title_overview;

	public static String Title_charts;

	public static String Column_serial;

	public static String Column_name;

	public static String Column_file;

	public static String Column_edition;

	public static String Column_kind;

	public static String Column_region;

	public static String Column_eligible;

	public static String Column_errors;

	public static String Column_warnings;

	public static String Column_completeness;

	public static String Column_status;

	public static String Group_review;

	public static String Column_met;

	public static String Column_unmet;

	public static String Column_missing;

	public static String Group_library;

	public static String Group_rank;

	public static String Group_criteria;

	public static String Column_minOutput;

	public static String Column_minSmeShare;

	public static String Column_minLeadingShare;

	public static String Column_minAverageGrowth;

	public static String Year_column;

	public static String Value_yes;

	public static String Value_no;

	public static String Status_ok;

	public static String Status_located;
	public static String Status_unreadable;


















	public static String Rank_output;

	public static String Rank_averageGrowth;

	public static String Rank_rdIntensity;

	public static String Rank_patentsPer10k;

	public static String Rank_iiotPenetration;

	public static String Rank_energyPerOutput;

	public static String Library_existing;

	public static String Library_aboveScale;

	public static String Library_listed;

	public static String Library_highTech;

	public static String Library_littleGiant;

	public static String Library_singleChampion;

	public static String Library_prospective;

	public static String Library_underConstruction;

	public static String Library_planned;

	public static String Column_rule;

	public static String Column_severity;

	public static String Column_section;

	public static String Column_field;

	public static String Column_found;

	public static String Column_expected;

	public static String Column_message;

	public static String Severity_error;

	public static String Severity_warning;

	public static String Problem_unreadableRule;

	public static String Problem_unreadableField;

	public static String Column_direction;

	public static String Column_indicator;

	public static String Column_unit;

	public static String Column_baselineYear;

	public static String Column_targetYear;

	public static String Column_baseline;

	public static String Column_target;

	public static String Column_achieved;

	public static String Column_attainment;

	public static String Column_attained;

	public static String Column_reduction;

	public static String Attained_met;

	public static String Attained_unmet;

	public static String Attained_missing;

	public static String Attained_noTarget;

	public static String Attained_qualitative;

	public static String Chart_output;

	public static String Chart_outputTop;

	public static String Chart_growth;

	public static String Chart_growthTop;

	public static String Chart_growthSeries;

	public static String Chart_thresholdSeries;

	public static String Chart_outputTrend;

	public static String Chart_indicatorTrend;

	public static String Chart_year;

	public static String Chart_cluster;

	public static String Chart_latestOutput;

	public static String Progress_batch;

	public static String Progress_position;

	public static String Progress_file;

	public static String Progress_ineligible;

	public static String Progress_unreadable;

	public static String Progress_skipped;

	public static String Progress_writing;

	public static String Progress_done;

	public static String Progress_noFiles;

	public static String Error_unknownEdition;

	public static String Error_notFound;
	public static String Error_unknownEditionFile;

	public static String Error_listFolder;

	public static String Error_validation;

	public static String Error_write;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
