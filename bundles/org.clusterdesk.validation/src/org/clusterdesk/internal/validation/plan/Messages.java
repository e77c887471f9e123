/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.plan;

import org.eclipse.osgi.util.NLS;

/** Messages of the plan and re-review rules P01–P11 (messages.properties; Chinese as unicode escapes). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.validation.plan.messages"; //$NON-NLS-1$

	public static String Kind_outputAverageGrowth;

	public static String Kind_qualitySmeCount;

	public static String Kind_rdExpenditure;

	public static String Kind_validPatents;

	public static String Kind_iiotPenetration;

	public static String Kind_co2Emission;

	public static String Kind_energyPerOutput;

	public static String Value_none;

	public static String Year;

	public static String ListSeparator;

	public static String Baseline;

	public static String Target;

	public static String StageTarget;

	public static String P01_baselineYear;

	public static String P01_targetYear;

	public static String P01_yearDiffers;

	public static String P01_stageGoalYear;

	public static String P01_stageGoalMissing;

	public static String P01_stageTargetYear;

	public static String P_indicatorMissing;

	public static String P_targetMissing;

	public static String P_valuesMissing;

	public static String P_rateTooLow;

	public static String P_growthTooLow;

	public static String P_atLeastPercent;

	public static String P_atLeastValue;

	public static String P_greaterThan;

	public static String P03_indicatorMissing;

	public static String P03_valuesMissing;

	public static String P03_notRising;

	public static String P03_lastStageNotTarget;

	public static String P_benchmarkIndicatorMissing;

	public static String P_industryAverageMissing;

	public static String P_againstIndustryAverage;

	public static String P_againstEditionTarget;

	public static String P_benchmarkTargetMissing;

	public static String P_benchmarkValuesMissing;

	public static String P_targetBelow;

	public static String P_reductionRateBelow;

	public static String P_reductionBelow;

	public static String P09_outputBelow;

	public static String P09_smeShareBelow;

	public static String P09_leadingShareNotAbove;

	public static String P09_areaAbove;

	public static String P09_atLeast;

	public static String P09_above;

	public static String P09_atMost;

	public static String P10_yearDiffers;

	public static String P10_achievedMissing;

	public static String P10_achievedExpected;
	public static String P10_achievedDescriptionMissing;
	public static String P10_achievedDescriptionExpected;

	public static String P10_unmet;

	public static String P10_reductionUnmet;

	public static String P11_actual;

	public static String P11_target;

	public static String P11_falls;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
