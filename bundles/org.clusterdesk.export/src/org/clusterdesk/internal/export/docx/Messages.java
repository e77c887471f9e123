/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the Word export (messages.properties, Chinese as the forms word it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.export.docx.messages"; //$NON-NLS-1$

	public static String Header_draft;
	public static String Header_draftNote;
	public static String Footer_page;
	public static String Cover_issuer;
	public static String Cover_label;
	public static String Cover_sealed;
	public static String Instructions_title;
	public static String Instructions_item;
	public static String Heading_part;
	public static String Heading_numbered;
	public static String Year;
	public static String Date;
	public static String Date_blank;
	public static String YearMonth;
	public static String Period;
	public static String Boolean_yes;
	public static String Boolean_no;
	public static String List_separator;
	public static String Line_label;
	public static String Checked;
	public static String Unchecked;
	public static String NamedCount_count;
	public static String NamedCount_names;
	public static String Explanation;
	public static String Evidence_item;
	public static String Evidence_itemNoPage;
	public static String Evidence_itemNote;
	public static String Standards_year;
	public static String QualifiedSmes;
	public static String SmartFactories;
	public static String Compared_growth;
	public static String Inline_line;
	public static String Compared_period;
	public static String Plan_limit;
	public static String Plan_growth;
	public static String Plan_growthUnknown;
	public static String Listing_carrierName;
	public static String Ranking_value;
	public static String Ranking_value_topRevenue;
	public static String Ranking_value_topRd;
	public static String Ranking_evidence;
	public static String Total;
	public static String KeyProject_period;
	public static String Listing_name;
	public static String Attachment_number;
	public static String Attachment_title;
	public static String Attachment_file;
	public static String Attachment_pages;
	public static String Plan_direction;
	public static String Plan_indicator;
	public static String Plan_baseline;
	public static String Plan_target;
	public static String Plan_achieved;
	public static String Plan_level1;
	public static String Plan_level2;
	public static String Plan_level3;
	public static String Plan_goals;
	public static String Plan_stage;
	public static String Declaration_line;
	public static String Recommendation_unit;
	public static String Seal;
	public static String Commitment_closing;
	public static String Commitment_seal;
	public static String Outline_item;
	public static String Library_heading;
	public static String Library_number;
	public static String Library_location;
	public static String Library_prospectiveLocation;
	public static String Library_site;
	public static String Library_contactName;
	public static String Library_contactPhone;
	public static String Library_overview;
	public static String Library_products;
	public static String Library_brand;
	public static String Library_brandGroup;
	public static String Library_period;
	public static String Library_plannedPeriod;
	public static String Library_projectContact;
	public static String Library_enterpriseContact;
	public static String Export_task;
	public static String Export_refused;
	public static String Export_refusedLine;
	public static String Export_noEdition;
	public static String Export_failed;
	public static String Export_tooLarge;


	public static String Appendix_title;
	public static String Appendix_note;
	public static String Appendix_empty;
	public static String Appendix_caption;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
