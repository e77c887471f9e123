/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.describe;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.clusterdesk.validation.tests.RuleTesting.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.YearCount;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.derived.DerivedValues;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * G11 (E) for a table filled for shifted years (2021–2023 where 2022–2024 is required): one finding for the table, and
 * no further finding per row (G01's missing years) or per derived value (D01–D09 read the wrong year's value).
 */
class ShiftedYearsTest {

	/** Moves every yearly value below the object by the given number of years, as a table copied from last season. */
	private static int shift(EObject table, int years) {
		int rows = 0;
		for (var it = table.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof YearDecimal v) {
				v.setYear(v.getYear() + years);
			} else if (o instanceof YearCount v) {
				v.setYear(v.getYear() + years);
			}
		}
		for (EObject o : table.eContents()) {
			if (o instanceof org.clusterdesk.model.YearlyDecimal || o instanceof org.clusterdesk.model.YearlyCount) {
				rows++;
			}
		}
		return rows;
	}

	@Test
	void aShiftedTableIsOneError() {
		Application a = sample("miit-2025");
		int rows = shift(a.getIndustry(), -1);
		List<RuleFinding> findings = validate(a).findings();
		assertEquals(1, findings.size(), describe(findings));
		RuleFinding f = findings.get(0);
		assertEquals("G11", f.ruleId());
		assertEquals(ERROR, f.severity());
		assertEquals("二", f.section());
		assertSame(a.getIndustry(), f.owner());
		assertTrue(f.message().contains("表中年度为2021年、2022年、2023年，本表应填2022年、2023年、2024年"), f.message());
		assertTrue(f.message().contains("本部分表格共" + rows + "行（集群总产值（亿元）、"), f.message());
		assertTrue(f.message().contains("等）的年度整体错位"), f.message());
	}

	@Test
	void derivedValuesAreNotComputedFromAShiftedTable() {
		Application a = sample("miit-2025");
		assertTrue(DerivedValues.of(a).stream().anyMatch(v -> v.rule().equals("D04") && v.computed() != null));
		shift(a.getIndustry(), -1);
		for (DerivedValue v : DerivedValues.of(a)) {
			if (v.rule().equals("D03") || v.rule().equals("D04") && v.label().contains("上云比例")) {
				assertNull(v.computed(), v.label() + " reads the SMEs or output of a shifted table");
			}
		}
	}

	@Test
	void fourTablesOfLastSeasonAreOneErrorEach() {
		Application a = sample("miit-2025");
		for (EObject table : List.of(a.getIndustry(), a.getInnovation(), a.getDigital(), a.getGreen())) {
			shift(table, -1);
		}
		List<RuleFinding> findings = validate(a).findings();
		assertTrue(findings.stream().allMatch(f -> f.ruleId().equals("G11")), describe(findings));
		assertEquals(List.of("二", "三", "四", "五"), findings.stream().map(RuleFinding::section).toList(), describe(findings));
	}

	@Test
	void oneShiftedRowIsOneErrorOnThatRow() {
		Application a = sample("miit-2025");
		shift(a.getIndustry().getTotalOutput(), -1);
		List<RuleFinding> findings = validate(a).findings();
		assertEquals(1, findings.size(), "no G01 for 2024, no D03 from the shifted output: " + describe(findings));
		RuleFinding f = findings.get(0);
		assertEquals("G11", f.ruleId());
		assertTrue(f.field().startsWith("集群总产值（亿元）"), f.field());
		assertTrue(f.message().contains("表中年度为2021年、2022年、2023年，本表应填2022年、2023年、2024年"), f.message());
	}

	@Test
	void aShiftedParkIsOneErrorForThatPark() {
		CompetitionReport c = sample("competition-2026");
		shift(c.getParks().get(0), 1);
		List<RuleFinding> findings = validate(c).findings("G11");
		assertEquals(1, findings.size(), describe(findings));
		RuleFinding f = findings.get(0);
		assertTrue(f.message().contains("表中年度为2025年、2026年，本表应填2024年、2025年"), f.message());
		assertTrue(f.field().contains(c.getParks().get(0).getName()), f.field());
		assertTrue(validate(c).findings().stream().noneMatch(x -> x.ruleId().startsWith("D") || x.ruleId().equals("G01")),
				describe(validate(c).findings()));
	}
}
