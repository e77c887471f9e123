/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.migration.FileVersions;
import org.clusterdesk.model.resource.migration.MigrationReport;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample files of every released metamodel version (test-data/fixtures/vN) with the current code: they migrate,
 * validate with no error other than values the old file could not hold (each named in the migration report), and
 * export to Word and Excel, read back.
 */
class OldFilesExportTest {

	@TempDir
	Path temp;

	static List<Path> fixtures() throws IOException {
		Path root = Path.of(System.getProperty("clusterdesk.fixtures"));
		List<Path> files = new ArrayList<>();
		for (int version = 1; version < FileVersions.CURRENT; version++) {
			try (Stream<Path> list = Files.list(root.resolve("v" + version))) {
				list.filter(p -> p.toString().endsWith(".cluster")).sorted().forEach(files::add);
			}
		}
		assertFalse(files.isEmpty(), "fixtures in " + root);
		return files;
	}

	/** The report's entry names the row of the error: the entry is the row, or the row's wording before its brackets. */
	private static boolean explains(String missing, RuleFinding error) {
		if (error.field() == null) {
			return false;
		}
		int bracket = missing.indexOf('（');
		String row = bracket > 0 ? missing.substring(0, bracket) : missing;
		return missing.contains(error.field()) || error.field().contains(row);
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void anOldFileMigratesValidatesAndExports(Path fixture) throws Exception {
		ClusterDocument document = ClusterFiles.load(fixture);
		MigrationReport migration = MigrationReport.of(document);
		assertNotNull(migration, "an old file is migrated");
		assertNotNull(document.getEdition(), "the edition of " + fixture);

		ValidationReport validation = ClusterValidation.validate(document);
		for (RuleFinding error : validation.errors()) {
			assertTrue(migration.missing().stream().anyMatch(m -> explains(m, error)),
					() -> fixture.getFileName() + ": error not explained by the migration report (" + migration.summary() + "): " + error.message());
		}

		String name = fixture.getParent().getFileName() + "-" + fixture.getFileName().toString().replace(".cluster", "");
		Path docx = temp.resolve(name + ".docx");
		XWPFDocument word = DocxTesting.export(document, docx, ExportMode.DRAFT);
		String text = DocxTesting.allText(word);
		assertTrue(text.contains(document.getName()), "the Word export names the cluster");
		assertFalse(text.contains("null"), "no null in the Word export");
		Files.copy(docx, DocxTesting.exportsDir().resolve("old-" + name + ".docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		Path xlsx = XlsxTestSupport.export(document, temp.resolve(name + ".xlsx"));
		try (Workbook workbook = XlsxTestSupport.open(xlsx)) {
			assertTrue(workbook.getNumberOfSheets() > 0, "the workbook has sheets");
		}
	}
}
