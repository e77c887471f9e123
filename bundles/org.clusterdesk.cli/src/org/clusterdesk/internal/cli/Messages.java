/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the command line (messages.properties). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.cli.messages"; //$NON-NLS-1$

	public static String Cli_usage;
	public static String Cli_usageFooter;
	public static String Cli_unknownCommand;
	public static String Cli_unknownOption;
	public static String Cli_usageError;
	public static String Cli_seeHelp;
	public static String Cli_noFiles;
	public static String Info_summary;
	public static String Info_help;
	public static String Info_formatMissing;
	public static String Info_formatUnknown;
	public static String Info_unknownEdition;
	public static String Info_file;
	public static String Info_edition;
	public static String Info_plan;
	public static String Info_name;
	public static String Info_eligible;
	public static String Info_ineligible;
	public static String Info_completeness;
	public static String Info_computed;
	public static String Info_entered;
	public static String Info_disagrees;
	public static String Info_libraries;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
