/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration.steps;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.model.resource.migration.steps.messages"; //$NON-NLS-1$

	public static String Steps_year;
	public static String Steps_rowYears;
	public static String CumulativeGrowth_fdi;
	public static String CumulativeGrowth_export;
	public static String CumulativeGrowth_moved;
	public static String CumulativeGrowth_unreadable;
	public static String CumulativeGrowth_noYear;
	public static String Qualitative_changed;
	public static String Qualitative_missing;
	public static String Qualitative_unnamed;
	public static String GreenPark_label;
	public static String GreenPark_unnamed;
	public static String GreenPark_no;
	public static String GreenPark_yes;
	public static String GreenPark_chooseLevel;
	public static String GreenPark_unreadable;
	public static String Commitment_changed;
	public static String Commitment_no;
	public static String Commitment_unanswered;
	public static String Park_yearValue;
	public static String Park_moved;
	public static String Park_clusterPartDropped;
	public static String Park_growthDropped;
	public static String Park_unreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
