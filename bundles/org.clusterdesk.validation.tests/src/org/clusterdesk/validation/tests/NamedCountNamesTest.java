/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.SAMPLES;
import static org.clusterdesk.validation.tests.GeneralTesting.evidence;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.NamedCount;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** G08 (E): 数量 equals the number of names; N &gt; 0 needs names and, where the form asks, evidence. */
class NamedCountNamesTest {

	@Test
	void theSamplesNameWhatTheyCount() {
		for (String edition : SAMPLES) {
			assertNoFinding(sample(edition), "G08");
		}
	}

	/** The count with the names, with evidence or none. */
	private static NamedCount named(ClusterDocument document, int count, boolean evidenced, String... names) {
		NamedCount named = ClusterDeskFactory.eINSTANCE.createNamedCount();
		named.setCount(count);
		named.getNames().addAll(List.of(names));
		if (evidenced) {
			named.getEvidence().add(evidence(document));
		}
		return named;
	}

	@Test
	void theCountAgreesWithTheNames() {
		Application a = sample("miit-2025");
		a.getInnovation().setNationalPlatforms(named(a, 2, true, "国家智能传感器创新中心", "国家企业技术中心（某公司）"));
		assertNoFinding(a, "G08");
	}

	@Test
	void moreCountedThanNamed() {
		Application a = sample("miit-2025");
		NamedCount named = named(a, 3, true, "国家智能传感器创新中心", "国家企业技术中心（某公司）");
		a.getInnovation().setNationalPlatforms(named);
		RuleFinding f = assertOneFinding(a, "G08", ERROR, "国家制造业创新中心或国家级创新平台名称及数量", "数量为3个", "2个名称");
		assertEquals("三", f.section());
		assertSame(named, f.owner());
		assertSame(Literals.NAMED_COUNT__NAMES, f.feature());
	}

	@Test
	void aCountWithoutNames() {
		Application a = sample("shaanxi-2026");
		a.getGovernance().setAlliances(named(a, 2, true));
		assertOneFinding(a, "G08", ERROR, "集群内产业联盟组织情况", "数量为2个", "未填写名称");
	}

	@Test
	void noneCountedNeedsNoNames() {
		Application a = sample("shaanxi-2026");
		a.getGovernance().setOtherServicePlatforms(named(a, 0, false));
		a.getInnovation().setOtherPlatforms(named(a, 0, false, "无"));
		assertNoFinding(a, "G08");
	}

	@Test
	void aListTheFormAsksForNeedsEvidence() {
		Application a = sample("miit-2025");
		a.getGreen().setProvincialGreenSystem(named(a, 1, false, "某公司省级绿色工厂"));
		assertOneFinding(a, "G08", ERROR, "省级绿色制造体系建设情况", "清单或佐证材料");
	}

	@Test
	void aRowThatAsksNoListNeedsNone() {
		// Beijing's 试点示范项目 rows carry no 清单/佐证 remark
		Application a = sample("beijing-2024");
		a.getDigital().setOtherPilots(named(a, 1, false, "北京市智能制造标杆企业（某公司）"));
		assertNoFinding(a, "G08");
	}

	@Test
	void aCountOfAnotherEditionIsNotChecked() {
		// Jiangsu asks one count for 省级以上 pilots, not the three of the national form
		Application a = sample("jiangsu-2024");
		a.getDigital().setNationalPilots(named(a, 5, false));
		assertNoFinding(a, "G08");
	}
}
