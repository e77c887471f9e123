/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the derived values (messages.properties, Chinese as the forms word it). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.model.derived.messages"; //$NON-NLS-1$

	public static String LibrarySummary_existing;
	public static String LibrarySummary_prospective;
	public static String LibrarySummary_underConstruction;
	public static String LibrarySummary_planned;
	public static String Derived_yearSuffix;
	public static String Derived_outputGrowth;
	public static String Derived_outputAverageGrowth;
	public static String Derived_leadingOutput;
	public static String Derived_rdStaffShare;
	public static String Derived_attainment;
	public static String Derived_planAverageGrowth;
	public static String Derived_increase;
	public static String Derived_total;
	public static String Derived_parkIncrease;
	public static String Derived_parkValue;
	public static String Formula_growth;
	public static String Formula_leadingOutput;
	public static String Formula_leadingGrowth;
	public static String Formula_geometric;
	public static String Formula_averageFromValues;
	public static String Formula_per10k;
	public static String Formula_rdStaffShare;
	public static String Formula_cloudRatio;
	public static String Formula_iiotPenetration;
	public static String Formula_reduction;
	public static String Formula_attainment;
	public static String Formula_planAverage;
	public static String Formula_increase;
	public static String Formula_total;
	public static String Formula_rdShare;
	public static String Formula_perMu;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
