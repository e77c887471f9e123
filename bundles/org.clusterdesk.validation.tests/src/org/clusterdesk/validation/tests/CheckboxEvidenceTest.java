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

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ChainWork;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.EvidenceLink;
import org.clusterdesk.model.GovernanceSection;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.PublicServicePlatformWork;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** G07 (E): each ticked option of a group marked （注：勾选需提供佐证材料） references an attached document. */
class CheckboxEvidenceTest {

	@Test
	void theSamplesEvidenceEveryTickedOption() {
		for (String edition : SAMPLES) {
			assertNoFinding(sample(edition), "G07");
		}
	}

	/** Ticks an option the sample has not ticked, and returns it. */
	private static ChainWork tickNew(IndustrySection industry) {
		for (ChainWork option : ChainWork.VALUES) {
			if (!industry.getChainWorks().contains(option)) {
				industry.getChainWorks().add(option);
				industry.getEvidenceLinks().removeIf(l -> l.getFeature() == Literals.INDUSTRY_SECTION__CHAIN_WORKS
						&& option.getName().equals(l.getOption()));
				return option;
			}
		}
		throw new AssertionError("every option ticked");
	}

	@Test
	void aTickedOptionWithoutEvidence() {
		Application a = sample("miit-2025");
		tickNew(a.getIndustry());
		RuleFinding f = assertOneFinding(a, "G07", ERROR, "集群已开展的产业链强链补链工作", "未附佐证材料");
		assertEquals("二", f.section());
		assertSame(a.getIndustry(), f.owner());
		assertSame(Literals.INDUSTRY_SECTION__CHAIN_WORKS, f.feature());
	}

	@Test
	void aTickedOptionWithAnAttachedDocument() {
		Application a = sample("miit-2025");
		ChainWork option = tickNew(a.getIndustry());
		EvidenceLink link = ClusterDeskFactory.eINSTANCE.createEvidenceLink();
		link.setFeature(Literals.INDUSTRY_SECTION__CHAIN_WORKS);
		link.setOption(option.getName());
		link.getEvidence().add(evidence(a));
		a.getIndustry().getEvidenceLinks().add(link);
		assertNoFinding(a, "G07");
	}

	@Test
	void aLinkWhoseReferenceHasNoAttachment() {
		Application a = sample("beijing-2024");
		ChainWork option = tickNew(a.getIndustry());
		EvidenceLink link = ClusterDeskFactory.eINSTANCE.createEvidenceLink();
		link.setFeature(Literals.INDUSTRY_SECTION__CHAIN_WORKS);
		link.setOption(option.getName());
		link.getEvidence().add(ClusterDeskFactory.eINSTANCE.createEvidenceRef());
		a.getIndustry().getEvidenceLinks().add(link);
		assertOneFinding(a, "G07", ERROR, "集群已开展的产业链强链补链工作");
	}

	@Test
	void onlyTheGroupsTheEditionShows() {
		// 集群中小企业公共服务平台建设情况 is a checkbox group of the Jiangsu form only
		Application a = sample("miit-2025");
		GovernanceSection governance = a.getGovernance();
		governance.getPlatformWorks().add(PublicServicePlatformWork.OWN_PLATFORM);
		assertNoFinding(a, "G07");
		Application jiangsu = sample("jiangsu-2024");
		jiangsu.getGovernance().getEvidenceLinks().removeIf(l -> l.getFeature() == Literals.GOVERNANCE_SECTION__PLATFORM_WORKS);
		if (jiangsu.getGovernance().getPlatformWorks().isEmpty()) {
			jiangsu.getGovernance().getPlatformWorks().add(PublicServicePlatformWork.OWN_PLATFORM);
		}
		int ticked = jiangsu.getGovernance().getPlatformWorks().size();
		assertEquals(ticked, RuleTesting.findings(jiangsu, "G07").size());
	}
}
