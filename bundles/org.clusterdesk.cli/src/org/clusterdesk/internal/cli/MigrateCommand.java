/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.internal.review.InputFiles;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.clusterdesk.model.resource.migration.FileVersions;
import org.clusterdesk.model.resource.migration.MigrationReport;
import org.eclipse.osgi.util.NLS;

/**
 * {@code clusterdesk migrate [--dry-run] FILE|DIR…}: upgrades files of older metamodel versions in place. Each file
 * is loaded (which migrates it in memory) and saved through {@link ClusterFiles#save}: atomically, the old file kept
 * as {@code .bak}. A file that cannot be read or written is reported and left as it was; the others go on.
 */
final class MigrateCommand implements Command {

	@Override
	public String name() {
		return "migrate"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return MigrateMessages.Migrate_summary;
	}

	@Override
	public String help() {
		return NLS.bind(MigrateMessages.Migrate_help, FileVersions.CURRENT) + System.lineSeparator();
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		boolean dryRun = false;
		boolean recursive = false;
		List<Path> inputs = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--dry-run")) { //$NON-NLS-1$
				dryRun = true;
			} else if (arg.equals("--recursive")) { //$NON-NLS-1$
				recursive = true;
			} else if (arg.startsWith("-")) { //$NON-NLS-1$
				throw new UsageException(NLS.bind(Messages.Cli_unknownOption, arg));
			} else {
				inputs.add(Path.of(arg));
			}
		}
		if (inputs.isEmpty()) {
			throw new UsageException(Messages.Cli_noFiles);
		}
		int total = 0;
		int migrated = 0;
		int current = 0;
		int failed = 0;
		for (InputFiles.Input input : InputFiles.expand(inputs, recursive)) {
			total++;
			Path file = input.path();
			if (input.folderError() != null) {
				console.err().println(input.folderError());
				failed++;
				continue;
			}
			ClusterDocument document;
			try {
				document = ClusterFiles.load(file);
			} catch (ClusterLoadException e) {
				console.err().println(e.getMessage());
				failed++;
				continue;
			}
			MigrationReport report = MigrationReport.of(document);
			if (report == null) {
				console.out().println(NLS.bind(MigrateMessages.Migrate_current, file, FileVersions.CURRENT));
				current++;
				continue;
			}
			if (dryRun) {
				console.out().println(NLS.bind(MigrateMessages.Migrate_wouldMigrate, file, report.summary()));
				migrated++;
				continue;
			}
			try {
				ClusterFiles.save(document.eResource(), file);
			} catch (IOException | RuntimeException e) {
				console.err().println(NLS.bind(MigrateMessages.Migrate_saveFailed, file, e.getLocalizedMessage() == null ? e.toString() : e.getLocalizedMessage()));
				failed++;
				continue;
			}
			MigrationReport.clear(document.eResource());
			console.out().println(NLS.bind(MigrateMessages.Migrate_migrated,
					new Object[] { file, report.summary(), file.getFileName() + ClusterFiles.BACKUP_SUFFIX }));
			migrated++;
		}
		console.out().println(NLS.bind(dryRun ? MigrateMessages.Migrate_totalDryRun : MigrateMessages.Migrate_total,
				new Object[] { total, migrated, current, failed }));
		return failed > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
	}

	/** The line {@code info} and {@code validate} print for a file they read from an older version, or null. */
	static String note(ClusterDocument document) {
		MigrationReport report = MigrationReport.of(document);
		return report == null ? null : NLS.bind(MigrateMessages.Migrated_note, report.summary());
	}
}
