/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.SmartFactoryCount;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.view.FormTable;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.clusterdesk.model.view.FormTable.HeaderCell;
import org.clusterdesk.model.view.FormTable.Line;
import org.clusterdesk.model.view.FormTableValues;
import org.clusterdesk.model.view.FormTables;
import org.junit.jupiter.api.Test;

/** The view model of the forms' tables of figures, against the forms' text and the samples' values. */
class FormTablesTest {

	private static ClusterDocument sample(String id) throws Exception {
		return ClusterFiles.load(SamplesTest.samplesDir().resolve(id + ".cluster"));
	}

	private static FormSection section(ClusterDocument document, String number) {
		return document.getEdition().getSections().stream().filter(s -> number.equals(s.getNumber())).findFirst().orElseThrow();
	}

	private static FormRow row(FormSection section, String feature) {
		return section.getRows().stream().filter(r -> r.getFeature().getName().equals(feature)).findFirst().orElseThrow();
	}

	private static List<String> texts(List<HeaderCell> header) {
		return header.stream().map(HeaderCell::text).toList();
	}

	@Test
	void theNationalFormsYearlyTableHasTheYearHeaderAndOneLinePerRow() throws Exception {
		Application application = (Application) sample("miit-2025");
		FormSection industry = section(application, "二");
		FormRow total = row(industry, "totalOutput");
		FormTable table = FormTables.table(application.getEdition(), industry, total, true);
		assertEquals(FormTable.Kind.YEARLY, table.kind());
		assertEquals(List.of("年度", "2022年", "2023年", "2024年"), texts(table.header().get(0)));
		List<Line> lines = table.lines(total);
		assertEquals(1, lines.size());
		assertEquals(3, lines.get(0).cells().size());
		BigDecimal shown = (BigDecimal) FormTableValues.value(application.getIndustry(), lines.get(0).cells().get(2));
		assertEquals(application.getIndustry().getTotalOutput().valueOf(2024), shown);
		assertNotNull(shown, "the sample has a 2024 total output");
	}

	@Test
	void jiangsuWordsTheFirstHeaderCellAsItsFormDoes() throws Exception {
		Application application = (Application) sample("jiangsu-2024");
		FormSection industry = section(application, "二");
		FormTable table = FormTables.table(application.getEdition(), industry, industry.getRows().get(0), true);
		assertEquals("主导产业情况", table.header().get(0).get(0).text());
	}

	@Test
	void aYearlyRowFurtherDownASectionListsItsYearsOneBelowTheOther() throws Exception {
		Application application = (Application) sample("miit-2025");
		FormSection industry = section(application, "二");
		FormTable table = FormTables.table(application.getEdition(), industry, row(industry, "totalOutput"), false);
		assertEquals(FormTable.Kind.YEARS_DOWN, table.kind());
		assertTrue(table.header().isEmpty());
		List<Line> lines = table.lines(row(industry, "totalOutput"));
		assertEquals(List.of("2022年", "2023年", "2024年"), lines.stream().map(l -> l.cells().get(0).text()).toList());
		assertEquals(List.of(false, true, true), lines.stream().map(Line::labelContinued).toList());
	}

	@Test
	void aRowAskedOnlyForTheLastYearOpensNoYearHeader() throws Exception {
		Application application = (Application) sample("beijing-2024");
		FormSection digital = section(application, "四");
		FormRow cloud = row(digital, "cloudSmes");
		assertTrue(cloud.isLastYearOnly(), "北京 四 asks the last year of 集群上云中小企业数量 only");
		FormTable table = FormTables.table(application.getEdition(), digital, cloud, true);
		assertTrue(table.header().isEmpty(), "the form prints 集群上云中小企业数量 | _ without a 年度 header: " + table.header());
		List<Line> lines = table.lines(cloud);
		assertEquals(1, lines.size());
		FormTable.Cell value = lines.get(0).cells().get(0);
		assertEquals(CellKind.YEAR_VALUE, value.kind());
		assertEquals(table.columns().size() - 1, value.span(), "the last year's figure across the value columns");
		assertEquals(application.getEdition().getDataYears().get(application.getEdition().getDataYears().size() - 1), value.year());
		assertEquals(application.getDigital().getCloudSmes().valueOf(value.year()), FormTableValues.value(application.getDigital(), value));
	}

	@Test
	void theGreenSubsectionHasNoGrowthColumnButItsPages() throws Exception {
		CompetitionReport report = (CompetitionReport) sample("competition-2026");
		FormSection green = section(report, "2.5");
		FormRow first = green.getRows().get(0);
		FormTable table = FormTables.table(report.getEdition(), green, first, true);
		assertEquals(FormTable.Kind.COMPARED, table.kind());
		HeaderCell corner = table.header().get(0).get(0);
		assertEquals("指标名称", corner.text());
		assertEquals("近2年情况", corner.corner());
		assertEquals(List.of("指标名称", "2024年", "2025年", "佐证页码"), texts(table.header().get(0)));
		assertEquals(CellKind.ATTRIBUTE, table.lines(first).get(0).cells().get(2).kind());
	}

	@Test
	void theSmartFactoriesPageIsTheirRowsOwnCell() throws Exception {
		CompetitionReport report = (CompetitionReport) sample("competition-2026");
		FormSection enterprises = section(report, "2.2");
		FormRow smart = row(enterprises, "smartFactories");
		FormTable table = FormTables.table(report.getEdition(), enterprises, enterprises.getRows().get(0), true);
		assertTrue(table.accepts(smart));
		List<FormTable.Cell> cells = table.lines(smart).get(0).cells();
		assertEquals(List.of("指标名称", "2024年", "2025年", "增幅（%）", "佐证页码"), texts(table.header().get(0)));
		assertEquals(CellKind.SMART_FACTORIES, cells.get(0).kind());
		Object counts = FormTableValues.value(report.getEnterprises(), cells.get(1));
		assertTrue(counts instanceof SmartFactoryCount c && c.getYear() == 2025, "the 2025 smart factories: " + counts);
		assertEquals(CellKind.TEXT, cells.get(2).kind(), "no growth for the smart factories");
		assertEquals(report.getEnterprises().getSmartFactoriesEvidencePage(), FormTableValues.value(report.getEnterprises(), cells.get(3)));
	}

	@Test
	void theParksTableHasTwoHeaderRowsAndItsYearlyRowsSpanEachYear() throws Exception {
		CompetitionReport report = (CompetitionReport) sample("competition-2026");
		FormSection parks = section(report, "三");
		Park park = report.getParks().get(0);
		FormTable table = FormTables.table(report.getEdition(), parks, row(parks, "gdp"), true);
		assertEquals(FormTable.Kind.PARK, table.kind());
		assertEquals(2, table.header().size());
		assertEquals(List.of("指标名称", "2024年", "2025年", "总额增幅（%）"), texts(table.header().get(0)));
		assertEquals(List.of(false, false, false, false), table.header().get(0).stream().map(HeaderCell::continued).toList());
		assertEquals(List.of(true, false, false, false, false, true), table.header().get(1).stream().map(HeaderCell::continued).toList());
		assertEquals(2, table.header().get(0).get(1).span());
		Line gdp = table.lines(row(parks, "gdp")).get(0);
		assertEquals(5, gdp.cells().size());
		assertEquals(park.getGdp().getParkTotal().valueOf(2025), FormTableValues.value(park, gdp.cells().get(2)));
		assertEquals(park.getGdp().getClusterPart().valueOf(2025), FormTableValues.value(park, gdp.cells().get(3)));
		BigDecimal growth = (BigDecimal) FormTableValues.value(park, gdp.cells().get(4));
		assertEquals(park.getGdp().getGrowth() != null ? park.getGdp().getGrowth() : park.getGdp().computedGrowth(), growth);
		FormRow area = parks.getRows().stream().filter(r -> r.getLabel().startsWith("园区开发面积")).findFirst().orElseThrow();
		assertTrue(table.accepts(area), "园区开发面积 goes on in the park's table");
		List<FormTable.Cell> areaCells = table.lines(area).get(0).cells();
		assertEquals(List.of(2, 3), areaCells.stream().map(FormTable.Cell::span).toList());
	}

	@Test
	void theTargetsOf51HaveTheActualAndOneColumnPerStageYear() throws Exception {
		CompetitionReport report = (CompetitionReport) sample("competition-2026");
		FormSection plan = section(report, "五");
		FormRow revenue = row(plan, "revenue");
		FormTable table = FormTables.table(report.getEdition(), plan, revenue, true);
		assertEquals(FormTable.Kind.IMPLEMENTATION, table.kind());
		List<String> header = texts(table.header().get(0));
		assertEquals("指标名称", header.get(0));
		assertEquals(report.getEdition().getStageYears().size() + 2, header.size());
		assertEquals(report.getEdition().getStageYears().get(0) + "年发展目标", header.get(2));
		Line line = table.lines(revenue).get(0);
		assertEquals(report.getImplementation().getRevenue().getActual(), FormTableValues.value(report.getImplementation(), line.cells().get(0)));
		assertFalse(table.accepts(row(plan, "leadUnit")));
		assertNull(FormTables.table(report.getEdition(), plan, row(plan, "leadUnit"), true));
	}
}
