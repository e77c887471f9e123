/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import org.eclipse.osgi.util.NLS;

/** User-facing text of {@code clusterdesk evidence} and {@code validate --evidence} (evidence.properties). */
final class EvidenceMessages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.cli.evidence"; //$NON-NLS-1$

	public static String Evidence_summary;
	public static String Evidence_help;
	public static String Evidence_oneFile;
	public static String Evidence_noOut;
	public static String Evidence_written;
	public static String Evidence_pagesDiffer;
	public static String Evidence_notUpdated;
	public static String Evidence_updated;
	public static String Evidence_cannotSave;
	public static String Evidence_cannotWrite;
	public static String Validate_evidenceOneFile;
	public static String Validate_evidenceBundle;
	public static String Validate_evidenceHandMade;
	public static String Validate_evidenceMissingFile;
	public static String Validate_evidenceNotInBundle;
	public static String Validate_evidencePages;
	public static String Benchmark_evidence;

	static {
		NLS.initializeMessages(BUNDLE_NAME, EvidenceMessages.class);
	}

	private EvidenceMessages() {
	}
}
