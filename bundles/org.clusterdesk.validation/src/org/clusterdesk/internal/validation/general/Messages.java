/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import org.eclipse.osgi.util.NLS;

/** Messages of the general rules G01–G15 (messages.properties; Chinese as unicode escapes). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.validation.general.messages"; //$NON-NLS-1$

	public static String Answer_yes;

	public static String Answer_no;

	public static String Expected_atMost;

	public static String G01_textMissing;

	public static String G01_missing;

	public static String G01_listEmpty;

	public static String G01_notChosen;

	public static String G01_countMissing;

	public static String G01_partsMissing;

	public static String G01_yearsMissing;

	public static String G01_partUnitName;

	public static String G01_partPerson;

	public static String G01_partPhone;

	public static String G01_partHead;

	public static String G01_partHeadPhone;

	public static String G01_partContactPhone;

	public static String G02_tooManyPlaces;

	public static String G02_expectedPlaces;

	public static String G02_negative;

	public static String G02_expectedNonNegative;

	public static String G03_tooLong;

	public static String G03_expected;

	public static String G04_shareOutOfRange;

	public static String G04_shareExpected;

	public static String G04_growthTooLow;

	public static String G04_growthExpected;

	public static String G04_reductionTooHigh;

	public static String G04_reductionExpected;

	public static String G05_explanationMissing;

	public static String G05_expected;

	public static String G06_prohibitedIndustry;

	public static String G06_accidents;

	public static String G06_violations;

	public static String G06_notCommitted;

	public static String G06_notAffirmed;

	public static String G06_affirmed;

	public static String G07_evidenceMissing;

	public static String G07_expected;

	public static String G07_fileMissing;

	public static String G07_notInBundle;

	public static String G07_pageOutside;

	public static String G07_expectedPage;

	public static String G08_namesMissing;

	public static String G08_countMismatch;

	public static String G08_evidenceMissing;

	public static String G08_noEvidence;

	public static String G08_expectedEvidence;

	public static String G09_subsetLarger;

	public static String G10_littleGiantsAboveSpecialised;

	public static String G11_wrongYears;

	public static String G11_none;
	public static String G11_tableShifted;
	public static String G11_moreRows;

	public static String G12_notMobile;

	public static String G12_expectedMobile;

	public static String G12_malformed;

	public static String G12_expectedPhone;

	public static String G13_nameDoesNotMatch;

	public static String G14_declarationMissing;

	public static String G14_expected;

	public static String G14_partMissing;

	public static String G14_partSigner;

	public static String G14_partUnit;

	public static String G14_partDate;

	public static String G15_letterMissing;

	public static String G15_expected;

	public static String G15_partMissing;

	public static String G15_partBureau;

	public static String G15_partDate;

	public static String Places_year;

	public static String Places_row;

	public static String Places_item;

	public static String Places_parkTotal;

	public static String Places_clusterPart;

	public static String Places_total;

	public static String Places_baseline;

	public static String Places_target;

	public static String Places_industryAverage;

	public static String Places_achieved;

	public static String Places_actual;

	public static String Places_growth;

	public static String Places_headPhone;

	public static String Places_contactPhone;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
