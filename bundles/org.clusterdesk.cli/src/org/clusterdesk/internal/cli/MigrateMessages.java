/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import org.eclipse.osgi.util.NLS;

/** The texts of {@code clusterdesk migrate} and of the migration notes of {@code info} and {@code validate}. */
final class MigrateMessages extends NLS {

	private static final String BUNDLE_NAME = "org.clusterdesk.internal.cli.migrate_messages"; //$NON-NLS-1$

	public static String Migrate_summary;
	public static String Migrate_help;
	public static String Migrate_current;
	public static String Migrate_wouldMigrate;
	public static String Migrate_migrated;
	public static String Migrate_saveFailed;
	public static String Migrate_total;
	public static String Migrate_totalDryRun;
	public static String Migrated_note;

	static {
		NLS.initializeMessages(BUNDLE_NAME, MigrateMessages.class);
	}

	private MigrateMessages() {
	}
}
