/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.indicators;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the key indicators (messages.properties, Chinese as the forms word it). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.model.indicators.messages"; //$NON-NLS-1$

	public static String Indicator_output;
	public static String Indicator_outputGrowth;
	public static String Indicator_averageGrowth;
	public static String Indicator_smeShare;
	public static String Indicator_leadingShare;
	public static String Indicator_rdIntensity;
	public static String Indicator_rdGrowth;
	public static String Indicator_patentsPer10k;
	public static String Indicator_iiotPenetration;
	public static String Indicator_cloudRatio;
	public static String Indicator_co2PerOutput;
	public static String Indicator_energyPerOutput;
	public static String Indicator_fdi;
	public static String Indicator_exports;
	public static String Indicator_revenue;
	public static String Indicator_profit;
	public static String Indicator_tax;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
