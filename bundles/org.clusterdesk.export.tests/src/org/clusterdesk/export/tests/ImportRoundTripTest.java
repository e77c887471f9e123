/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.ImportTestSupport.assertClean;
import static org.clusterdesk.export.tests.ImportTestSupport.enterprise;
import static org.clusterdesk.export.tests.ImportTestSupport.read;
import static org.clusterdesk.export.tests.XlsxTestSupport.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.YearMonth;
import java.util.List;

import org.clusterdesk.export.ImportResult;
import org.clusterdesk.export.LibraryImporter;
import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.ProspectiveEnterprise;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export → import gives equal libraries; applying an import is one undoable change. */
class ImportRoundTripTest {

	private static final ClusterDeskFactory F = ClusterDeskFactory.eINSTANCE;

	@Test
	void theSampleLibrariesComeBackEqual(@TempDir Path dir) throws IOException {
		CompetitionReport report = (CompetitionReport) sample("competition-2026");
		Path file = XlsxTestSupport.export(report, dir.resolve("round-trip.xlsx"));
		ImportResult result = read(file);
		assertClean(result);
		ClusterLibraries original = report.getLibraries();
		ClusterLibraries imported = result.getLibraries();
		assertEquals(4, result.getImportedLibraries().size());
		assertEquals(original.getExisting().size(), result.getAccepted(ClusterDeskPackage.Literals.CLUSTER_LIBRARIES__EXISTING));
		assertTrue(EcoreUtil.equals(original.getExisting(), imported.getExisting()), "existing enterprises");
		assertTrue(EcoreUtil.equals(original.getProspective(), imported.getProspective()), "prospective enterprises");
		assertTrue(EcoreUtil.equals(original.getUnderConstruction(), imported.getUnderConstruction()), "projects under construction");
		assertTrue(EcoreUtil.equals(original.getPlanned(), imported.getPlanned()), "planned projects");
		assertTrue(EcoreUtil.equals(original, imported), "the libraries as a whole");
		assertEquals(original.existingSummary(), imported.existingSummary());
		for (String other : List.of("2.1 集群主要经济指标", "2.2 营业收入前十企业", "2.3 集群重点项目建设情况", "5.1 发展目标")) {
			assertTrue(result.getIgnoredSheets().contains(other), other + " is recognised as another table and left alone");
		}
	}

	@Test
	void awkwardValuesComeBackEqual(@TempDir Path dir) throws IOException {
		CompetitionReport report = (CompetitionReport) sample("competition-2026");
		ClusterLibraries libraries = F.createClusterLibraries();
		ExistingEnterprise formula = existing("=SUM(A1:A3)有限公司", 4);
		formula.setOverview("第一行\n第二行，含“引号”与 <xml> & 符号");
		formula.getHonours().addAll(List.of(BrandHonour.values()));
		formula.setListed(true);
		formula.setHighTech(true);
		formula.setRevenue(new BigDecimal("12345.67"));
		libraries.getExisting().add(formula);
		ExistingEnterprise bare = existing("仅有名称的企业有限公司", 5);
		bare.getProducts().clear();
		bare.setRevenue(null);
		bare.setContact(null);
		bare.setCity(null);
		libraries.getExisting().add(bare);
		ExistingEnterprise zero = existing("零收入企业有限公司", 6);
		zero.setRevenue(new BigDecimal("0.00"));
		zero.getProducts().retainAll(List.of(zero.getProducts().get(0)));
		zero.getContact().setPhone(null);
		libraries.getExisting().add(zero);
		ProspectiveEnterprise p = F.createProspectiveEnterprise();
		p.setSourceRow(4);
		p.setName("Global Tools GmbH");
		p.setCountry("德国");
		p.setDomesticBrand(false);
		p.setInternationalBrand(true);
		libraries.getProspective().add(p);
		ConstructionProject c = F.createConstructionProject();
		c.setSourceRow(4);
		c.setName("只有开工时间的项目");
		c.setStartDate(YearMonth.of(2025, 10));
		c.setPeriodStart(YearMonth.of(2025, 10));
		c.setInvestment(new BigDecimal("0.05"));
		libraries.getUnderConstruction().add(c);
		ConstructionProject years = F.createConstructionProject();
		years.setSourceRow(5);
		years.setName("建设期只填年份的项目");
		years.setPeriodStart(YearMonth.of(2024, 1));
		years.setPeriodEnd(YearMonth.of(2026, 12));
		years.setPeriodYearsOnly(true);
		years.setStartDate(YearMonth.of(2024, 6));
		years.setInvestment(new BigDecimal("3.00"));
		libraries.getUnderConstruction().add(years);
		ConstructionProject oneYear = F.createConstructionProject();
		oneYear.setSourceRow(6);
		oneYear.setName("建设期为一年的项目");
		oneYear.setPeriodStart(YearMonth.of(2025, 1));
		oneYear.setPeriodEnd(YearMonth.of(2025, 12));
		oneYear.setPeriodYearsOnly(true);
		oneYear.setInvestment(new BigDecimal("1.00"));
		libraries.getUnderConstruction().add(oneYear);
		ConstructionProject mixed = F.createConstructionProject();
		mixed.setSourceRow(7);
		mixed.setName("建设期起于某月止于某年的项目");
		mixed.setPeriodStart(YearMonth.of(2024, 3));
		mixed.setPeriodEnd(YearMonth.of(2026, 12));
		mixed.setPeriodYearsOnly(true);
		mixed.setInvestment(new BigDecimal("2.00"));
		libraries.getUnderConstruction().add(mixed);
		PlannedProject planned = F.createPlannedProject();
		planned.setSourceRow(4);
		planned.setName("只有结束时间的项目");
		planned.setPeriodEnd(YearMonth.of(2029, 12));
		planned.setPlannedStart(YearMonth.of(2027, 1));
		planned.setLocation("株洲市荷塘区");
		libraries.getPlanned().add(planned);
		report.setLibraries(libraries);
		Path file = XlsxTestSupport.export(report, dir.resolve("awkward.xlsx"));
		try (var workbook = XlsxTestSupport.open(file)) {
			var sheet = workbook.getSheet("在建项目库");
			assertEquals(List.of("2025.10-", "2024-2026", "2025", "2024.03-2026"),
					List.of(XlsxTestSupport.text(sheet, "H4"), XlsxTestSupport.text(sheet, "H5"), XlsxTestSupport.text(sheet, "H6"),
							XlsxTestSupport.text(sheet, "H7")),
					"periods as they were given: months, years, a single year, a start month and an end year");
		}
		ImportResult result = read(file);
		assertClean(result);
		assertTrue(EcoreUtil.equals(libraries, result.getLibraries()),
				EcoreUtil.copy(result.getLibraries()).getExisting().toString());
	}

	@Test
	void importingIsOneUndoableCommand(@TempDir Path dir) throws IOException {
		CompetitionReport report = (CompetitionReport) sample("competition-2026");
		ClusterLibraries before = EcoreUtil.copy(report.getLibraries());
		ClusterLibraries libraries = report.getLibraries();
		Path file = new ImportTestSupport.Book()
				.existing("现有企业库", enterprise(1, "株洲新导入硬质合金有限公司"), enterprise(2, "株洲另一导入刀具有限公司"))
				.save(dir.resolve("existing-only.xlsx"));
		ImportResult result = read(file);
		assertEquals(List.of(ClusterDeskPackage.Literals.CLUSTER_LIBRARIES__EXISTING), result.getImportedLibraries());

		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
		Command command = result.createCommand(domain, report);
		assertEquals("导入四库", command.getLabel());
		assertTrue(command.canExecute());
		domain.getCommandStack().execute(command);
		assertSame(libraries, report.getLibraries(), "the libraries object stays: editors bound to it keep working");
		assertEquals(List.of("株洲新导入硬质合金有限公司", "株洲另一导入刀具有限公司"),
				libraries.getExisting().stream().map(ExistingEnterprise::getName).toList());
		assertTrue(EcoreUtil.equals(before.getProspective(), libraries.getProspective()), "lists not in the workbook stay");
		assertTrue(EcoreUtil.equals(before.getUnderConstruction(), libraries.getUnderConstruction()));

		assertTrue(domain.getCommandStack().canUndo());
		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, libraries), "one undo restores everything");
		domain.getCommandStack().redo();
		assertEquals(2, libraries.getExisting().size());
	}

	@Test
	void aReportWithoutLibrariesGetsThemInOneCommand(@TempDir Path dir) throws IOException {
		CompetitionReport report = (CompetitionReport) sample("competition-2026");
		report.setLibraries(null);
		Path file = new ImportTestSupport.Book().existing("企业", enterprise(1, "株洲新导入硬质合金有限公司")).save(dir.resolve("x.xlsx"));
		ImportResult result = read(file);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
		domain.getCommandStack().execute(result.createCommand(domain, report));
		assertEquals(1, report.getLibraries().getExisting().size());
		assertNotSame(result.getLibraries(), report.getLibraries(), "the result stays reusable");
		domain.getCommandStack().undo();
		assertEquals(null, report.getLibraries());
	}

	@Test
	void applyToReplacesTheListsTheWorkbookHad(@TempDir Path dir) throws IOException {
		CompetitionReport report = (CompetitionReport) sample("competition-2026");
		int planned = report.getLibraries().getPlanned().size();
		Path file = new ImportTestSupport.Book().existing("现有企业库", enterprise(1, "株洲新导入硬质合金有限公司")).save(dir.resolve("x.xlsx"));
		read(file).applyTo(report);
		assertEquals(1, report.getLibraries().getExisting().size());
		assertEquals(4, report.getLibraries().getExisting().get(0).getSourceRow(), "the source row points back to the sheet");
		assertEquals(planned, report.getLibraries().getPlanned().size());
	}

	@Test
	void readingNeverTouchesTheWorkbookAndCancellingChangesNothing(@TempDir Path dir) throws IOException {
		CompetitionReport report = (CompetitionReport) sample("competition-2026");
		Path file = XlsxTestSupport.export(report, dir.resolve("untouched.xlsx"));
		Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
		byte[] bytes = Files.readAllBytes(file);
		read(file);
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> new LibraryImporter().read(file, monitor));
		assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(file)), "same bytes");
		assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(file).toMillis(), "not even rewritten");
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no lock or temporary file left beside it");
		}
		assertFalse(report.getLibraries().getExisting().isEmpty());
	}

	private static ExistingEnterprise existing(String name, int row) {
		ExistingEnterprise e = F.createExistingEnterprise();
		e.setSourceRow(row);
		e.setName(name);
		e.setCity("株洲市");
		e.setCounty("荷塘区");
		e.setPark("金山新材料产业园");
		e.setOverview("硬质合金研发生产。");
		e.getProducts().addAll(List.of("棒材", "板材", "异型件"));
		e.setAboveScale(true);
		e.setRevenue(new BigDecimal("3.20"));
		Contact contact = F.createContact();
		contact.setPerson("李四");
		contact.setPhone("0731-22223333");
		e.setContact(contact);
		return e;
	}
}
