/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import org.eclipse.osgi.util.NLS;

/** Messages of the competition-report and four-libraries rules C01–C13 (messages.properties; Chinese as unicode escapes). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.validation.competition.messages"; //$NON-NLS-1$

	public static String Where_row;

	public static String Year;

	public static String Month;

	public static String Date;

	public static String ListSeparator;

	public static String Unnamed;

	public static String Unknown;

	public static String Unanswered;

	public static String OneTo;

	public static String OneToKinds;

	public static String Characters;

	public static String AtMostCharacters;

	public static String NotNegative;

	public static String WholeNumber;

	public static String Category_advancedManufacturing;

	public static String Category_smeFeatured;

	public static String Column_city;

	public static String Column_county;

	public static String Column_park;

	public static String Column_projectPark;

	public static String Column_country;

	public static String Column_province;

	public static String Column_prospectiveCity;

	public static String Column_location;

	public static String Grade_leading;

	public static String Grade_excellent;

	public static String Grade_advanced;

	public static String Grade_basic;

	public static String Kind_technologyCarrier;

	public static String Kind_designCentre;

	public static String Kind_greenFactory;

	public static String Kind_greenSupplyChain;

	public static String Kind_platform;

	public static String Level_national;

	public static String Level_province;

	public static String Level_city;

	public static String Level_district;

	public static String Level_county;

	public static String C01_yearValue;

	public static String C01_growthValue;

	public static String C01_filledForAdvancedManufacturing;

	public static String C01_empty;

	public static String C01_missingForSmeFeatured;

	public static String C01_expectedYears;

	public static String C02_tooManyRows;

	public static String C02_notSorted;

	public static String C02_expectedAtMost;

	public static String C02_noProducts;

	public static String C02_tooManyProducts;

	public static String C03_notInLibrary;

	public static String C03_builderNotInLibrary;

	public static String C03_inLibrary;

	public static String C03_revenueDisagrees;

	public static String C04_countDisagrees;

	public static String C04_basisRows;

	public static String C04_basisAboveScale;

	public static String C04_basisHighTech;

	public static String C04_basisListed;

	public static String C04_basisNationalChampion;

	public static String C04_basisProvincialChampion;

	public static String C04_basisNationalLittleGiant;

	public static String C04_basisProvincialLittleGiant;

	public static String C05_emptyExisting;

	public static String C05_expectedRows;

	public static String C06_noEnterpriseName;

	public static String C06_enterpriseNameExpected;

	public static String C06_noProjectName;

	public static String C06_projectNameExpected;

	public static String C06_locationIncomplete;

	public static String C06_overviewTooLong;

	public static String C06_noProducts;

	public static String C06_tooManyProducts;

	public static String C06_negativeRevenue;

	public static String C06_duplicateName;

	public static String C06_enterprise;

	public static String C06_project;

	public static String C06_uniqueName;

	public static String C07_notAFullName;

	public static String C07_expected;

	public static String C08_noInvestment;

	public static String C08_investmentNotPositive;

	public static String C08_positive;

	public static String C08_periodReversed;

	public static String C08_notBefore;

	public static String C08_startDate;

	public static String C08_plannedStart;

	public static String C08_period;

	public static String C08_outsidePeriod;

	public static String C08_plannedBeforeFiling;

	public static String C09_otherYear;

	public static String C09_yearTwice;

	public static String C09_missingYears;

	public static String C09_gradeMissing;

	public static String C10_countDisagrees;

	public static String C10_kindNotInList;

	public static String C10_levelNotInList;

	public static String C10_levels;

	public static String C11_where;

	public static String C11_partAboveTotal;

	public static String C11_atMost;

	public static String C12_notAPage;

	public static String C12_pageForm;

	public static String C12_outsideBundle;

	public static String C12_withinBundle;

	public static String C12_outsideRealBundle;

	public static String C12_otherAttachment;

	public static String C12_pageNotInBundle;

	public static String C13_tooFew;

	public static String C13_tooMany;

	public static String C13_expected;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
