/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the Excel export (messages.properties): sheet names, titles and headers in the forms' wording. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.export.xlsx.messages"; //$NON-NLS-1$

	public static String Sheet_existing;
	public static String Sheet_prospective;
	public static String Sheet_underConstruction;
	public static String Sheet_planned;
	public static String Title_existing;
	public static String Title_prospective;
	public static String Title_underConstruction;
	public static String Title_planned;
	public static String Column_serial;
	public static String Column_enterpriseFullName;
	public static String Column_enterpriseLocation;
	public static String Column_city;
	public static String Column_county;
	public static String Column_enterprisePark;
	public static String Column_existingOverview;
	public static String Column_existingProducts;
	public static String Column_aboveScale;
	public static String Column_revenue;
	public static String Column_honours;
	public static String Column_enterpriseContact;
	public static String Column_contactPerson;
	public static String Column_contactPhone;
	public static String Column_listed;
	public static String Column_highTech;
	public static String Column_enterpriseName;
	public static String Column_location;
	public static String Column_country;
	public static String Column_province;
	public static String Column_cityOnly;
	public static String Column_overview;
	public static String Column_products;
	public static String Column_brand;
	public static String Column_domesticBrand;
	public static String Column_internationalBrand;
	public static String Column_projectName;
	public static String Column_buildSite;
	public static String Column_park;
	public static String Column_builder;
	public static String Column_investment;
	public static String Column_period;
	public static String Column_startDate;
	public static String Column_content;
	public static String Column_progress;
	public static String Column_projectContact;
	public static String Column_plannedPeriod;
	public static String Column_plannedStart;
	public static String Sheet_section;
	public static String Sheet_numbered;
	public static String Table_indicator;
	public static String Table_year;
	public static String Table_growth;
	public static String Table_evidencePage;
	public static String Table_total;
	public static String Sheet_topRevenue;
	public static String Column_rankName;
	public static String Column_rankRevenue;
	public static String Column_rankProducts;
	public static String Column_keyBuilder;
	public static String Column_keyName;
	public static String Column_keyInvestment;
	public static String Column_keyPeriod;
	public static String Sheet_carriers;
	public static String Column_carrierName;
	public static String Column_listingName;
	public static String Column_level;
	public static String Column_approvedOn;
	public static String Column_approver;
	public static String Sheet_topRd;
	public static String Column_rdInvestment;
	public static String Sheet_greenListings;
	public static String Sheet_platforms;
	public static String Sheet_park;
	public static String Title_park;
	public static String Column_parkTotal;
	public static String Column_clusterPart;
	public static String Column_parkGrowth;
	public static String Sheet_targets;
	public static String Title_targets;
	public static String Column_actual;
	public static String Column_targetYear;
	public static String Sheet_applicationSection;
	public static String Title_yearly;
	public static String Sheet_standards;
	public static String Title_standards;
	public static String Column_category;
	public static String Column_led;
	public static String Column_participated;
	public static String Sheet_plan;
	public static String Sheet_newPlan;
	public static String Title_plan;
	public static String Column_direction;
	public static String Column_planIndicator;
	public static String Column_unit;
	public static String Column_baseline;
	public static String Column_stage;
	public static String Column_target;
	public static String Column_description;
	public static String Sheet_completion;
	public static String Title_completion;
	public static String Column_achieved;
	public static String Column_met;
	public static String Error_noEdition;
	public static String Error_write;
	public static String Error_textTooLong;
	public static String Progress_export;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
