/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.CompetitionTesting.enterprise;
import static org.clusterdesk.validation.tests.CompetitionTesting.planned;
import static org.clusterdesk.validation.tests.CompetitionTesting.report;
import static org.clusterdesk.validation.tests.CompetitionTesting.underConstruction;
import static org.clusterdesk.validation.tests.RuleTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library rules on libraries of the benchmark's size: 10 000 enterprises and 5 000 projects, generated here with a
 * few planted duplicate names. The duplicate check must find exactly those (an index per library, not a pairwise
 * comparison), and the row rules must stay silent on complete rows. No timing is asserted; the time is printed.
 */
class CompetitionLibraryScaleTest {

	private static final int ENTERPRISES = 10_000;

	private static final int UNDER_CONSTRUCTION = 3_000;

	private static final int PLANNED = 2_000;

	private static ValidationReport validation;

	@BeforeAll
	static void validateALargeReport() {
		CompetitionReport r = report();
		ClusterLibraries libraries = r.getLibraries();
		libraries.getExisting().clear();
		libraries.getUnderConstruction().clear();
		libraries.getPlanned().clear();
		List<ExistingEnterprise> existing = libraries.getExisting();
		for (int i = 0; i < ENTERPRISES; i++) {
			existing.add(enterprise(enterpriseName(i), "0.50"));
		}
		List<ConstructionProject> building = libraries.getUnderConstruction();
		for (int i = 0; i < UNDER_CONSTRUCTION; i++) {
			building.add(underConstruction("在建测试项目" + i));
		}
		List<PlannedProject> planned = libraries.getPlanned();
		for (int i = 0; i < PLANNED; i++) {
			planned.add(planned("拟建测试项目" + i));
		}
		// the planted duplicates (indexes are 0-based; messages count rows from 1)
		existing.get(4999).setName(enterpriseName(0));
		existing.get(8000).setName(enterpriseName(0)); // a third occurrence names the first row too
		existing.get(7000).setName(enterpriseName(6999).replace("（集团）", "(集团) ")); // the same name, other brackets and a blank
		existing.get(9999).setName(enterpriseName(1234) + " ");
		building.get(2999).setName("在建测试项目10");
		planned.get(1500).setName("拟建测试项目1499");
		long start = System.nanoTime();
		validation = RuleTesting.validate(r);
		System.out.printf("C rules: validated %d enterprises and %d projects in %d ms%n", ENTERPRISES, UNDER_CONSTRUCTION + PLANNED,
				(System.nanoTime() - start) / 1_000_000);
	}

	private static String enterpriseName(int i) {
		return "株洲测试" + i + "号硬质合金（集团）有限公司";
	}

	@Test
	void theDuplicateCheckFindsExactlyThePlantedDuplicates() {
		List<RuleFinding> found = validation.findings("C06");
		assertTrue(found.stream().allMatch(f -> f.message().contains("重名")), describe(found));
		Set<String> expected = new TreeSet<>(Set.of(
				"（一）现有企业库（第5000行） 1", "（一）现有企业库（第8001行） 1", "（一）现有企业库（第7001行） 7000", "（一）现有企业库（第10000行） 1235",
				"（三）在建项目库（第3000行） 11", "（四）拟建项目库（第1501行） 1500"));
		Set<String> actual = found.stream().map(f -> f.field() + " " + firstRow(f)).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(expected, actual);
		assertEquals(6, found.size());
	}

	@Test
	void completeRowsBreakNoOtherLibraryRule() {
		for (String rule : List.of("C05", "C07", "C08")) {
			assertTrue(validation.findings(rule).isEmpty(), rule + ": " + describe(validation.findings(rule)));
		}
	}

	@Test
	void theCountsAreTakenFromTheLargeLibrary() {
		// 2.2 says 64 enterprises; the library now has 10 000 rows: one C04 error on 企业数量 (and others for the marks)
		assertTrue(validation.findings("C04").stream().anyMatch(f -> f.message().contains("按现有企业库计算为10000个")),
				describe(validation.findings("C04")));
	}

	/** The row a duplicate repeats, as its message says (与第N行重名). */
	private static String firstRow(RuleFinding f) {
		String m = f.message();
		int from = m.indexOf("与第") + 2;
		return m.substring(from, m.indexOf('行', from));
	}
}
