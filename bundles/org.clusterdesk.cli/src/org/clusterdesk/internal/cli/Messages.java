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
	public static String Cli_internalError;
	public static String Cli_internalErrorFile;
	public static String Cli_internalErrorSaving;
	public static String Cli_outOfMemory;
	public static String Cli_stackOverflow;
	public static String Cli_noLog;
	public static String Cli_outputFailed;
	public static String Info_summary;
	public static String Info_help;
	public static String Info_formatMissing;
	public static String Info_formatUnknown;
	public static String Info_unknownEdition;
	public static String Info_file;
	public static String Info_edition;
	public static String Info_noIssuer;
	public static String Info_plan;
	public static String Info_name;
	public static String Info_eligible;
	public static String Info_ineligible;
	public static String Info_completeness;
	public static String Info_computed;
	public static String Info_entered;
	public static String Info_disagrees;
	public static String Info_libraries;
	public static String Export_summary;
	public static String Export_help;
	public static String Export_oneFile;
	public static String Export_noTarget;
	public static String Export_chartsNeedDocx;
	public static String Export_finalNeedsDocx;
	public static String Export_valueMissing;
	public static String Export_writtenDraft;
	public static String Export_writtenFinal;
	public static String Export_written;
	public static String Import_summary;
	public static String Import_help;
	public static String Import_oneWorkbook;
	public static String Import_noTarget;
	public static String Import_notCompetition;
	public static String Import_omitted;
	public static String Import_nothing;
	public static String Import_saveFailed;
	public static String Import_saved;
	public static String Import_wouldEmpty;
	public static String ImportForm_workbookOptions;
	public static String ImportForm_formOptions;
	public static String ImportForm_noOut;
	public static String ImportForm_outExtension;
	public static String ImportForm_exists;
	public static String ImportForm_saved;
	public static String Benchmark_formRead;
	public static String Batch_summary;
	public static String Batch_help;
	public static String Batch_noOut;
	public static String Batch_done;
	public static String Benchmark_summary;
	public static String Benchmark_help;
	public static String Benchmark_valueMissing;
	public static String Benchmark_notANumber;
	public static String Benchmark_environment;
	public static String Benchmark_line;
	public static String Benchmark_ratio;
	public static String Benchmark_batch;
	public static String Benchmark_xlsx;
	public static String Benchmark_docx;
	public static String Validate_summary;
	public static String Validate_help;
	public static String Validate_valueMissing;
	public static String Validate_valueUnknown;
	public static String Validate_file;
	public static String Validate_ineligible;
	public static String Validate_otherSection;
	public static String Validate_error;
	public static String Validate_warning;
	public static String Validate_summaryLine;
	public static String Validate_total;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
