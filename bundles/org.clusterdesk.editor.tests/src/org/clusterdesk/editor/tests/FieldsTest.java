/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.forms.CheckGroupField;
import org.clusterdesk.internal.editor.forms.ChoiceField;
import org.clusterdesk.internal.editor.forms.EvidencePrompt;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.internal.editor.pages.OverviewPage;
import org.clusterdesk.internal.editor.pages.ParkPage;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ChainWork;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.EvidenceLink;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.YesNo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** The form's kinds of answers: narratives with a counter, 是（需附情况说明）, checkbox groups that need evidence. */
class FieldsTest {

	@Test
	void narrativeCounterTurnsRedPastTheLimitAndValidationFollowsTheTyping() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("miit-2025");
		try {
			ClusterFormPage industry = EditorTesting.show(editor, "section-2");
			TextField narrative = EditorTesting.field(industry, "集群产业链强链补链情况（200字以内）");
			assertNotNull(narrative.counterLabel());
			String text = "集".repeat(150) + " \n" + "群".repeat(37);
			EditorTesting.typeOnly(narrative, text);
			assertEquals("187 / 200", narrative.counterLabel().getText(), "spaces and line breaks do not count");
			assertFalse(narrative.counterLabel().getForeground().equals(Display.getCurrent().getSystemColor(SWT.COLOR_RED)));
			EditorTesting.typeOnly(narrative, "集".repeat(201));
			assertEquals("201 / 200", narrative.counterLabel().getText());
			assertEquals(Display.getCurrent().getSystemColor(SWT.COLOR_RED), narrative.counterLabel().getForeground());
			// text is written after a pause in typing, and validation follows without leaving the field
			EditorTesting.waitUntil(() -> ((Application) editor.getDocument()).getIndustry().getChainNarrative().length() == 201, 5_000,
					"the narrative written after the pause");
			EditorTesting.waitUntil(() -> narrative.decoration().isShowing() && narrative.decoration().description().contains("G03"), 30_000,
					"G03 on the narrative");
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void yesNeedingAnExplanationOpensTheExplanationAndMakesTheClusterIneligible() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("miit-2025");
		try {
			ClusterFormPage basic = EditorTesting.show(editor, "section-1");
			ChoiceField accidents = choice(basic, "近三年是否发生较大及以上安全、质量、环境污染等事故，重大及以上网络安全事件和数据安全事件");
			assertEquals(List.of("是（需附情况说明）", "否"), accidents.buttons().stream().map(Button::getText).toList(),
					"the form's wording, and no button for 未填");
			TextField explanation = EditorTesting.field(basic, "近三年是否发生较大及以上安全、质量、环境污染等事故，重大及以上网络安全事件和数据安全事件 情况说明：");
			assertFalse(explanation.getText().getVisible(), "no explanation while the answer is 否");
			Button yes = accidents.buttons().get(0);
			yes.setSelection(true);
			yes.notifyListeners(SWT.Selection, new Event());
			EditorTesting.flush();
			assertEquals(YesNo.YES, ((Application) editor.getDocument()).getBasicInfo().getAccidents().getAnswer());
			assertTrue(explanation.getText().getVisible() && explanation.getText().getEnabled(), "是 opens the explanation");
			assertSame(explanation.getText(), Display.getCurrent().getFocusControl(), "and puts the cursor there");
			EditorTesting.waitForValidation(editor);
			assertTrue(explanation.decoration().description().contains("G05"), explanation.decoration().description());
			OverviewPage overview = (OverviewPage) EditorTesting.show(editor, OverviewPage.ID);
			assertTrue(overview.eligibilityText().startsWith("不符合申报条件"), overview.eligibilityText());
			EditorTesting.show(editor, "section-1");
			EditorTesting.type(explanation, "2023年发生一起一般质量事故，已整改。");
			EditorTesting.waitForValidation(editor);
			assertFalse(explanation.decoration().isShowing());
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void tickingAnOptionThatNeedsEvidenceAsksForFileAndPage() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("miit-2025");
		try {
			Application document = (Application) editor.getDocument();
			IndustrySection industry = document.getIndustry();
			ChainWork option = ChainWork.ADVANCED_CLUSTER_PARTNERSHIP;
			assertFalse(industry.getChainWorks().contains(option), "the sample leaves this option unticked");
			String[] asked = new String[1];
			editor.getFormContext().setEvidencePrompt((shell, doc, what, initial, later) -> {
				asked[0] = what;
				EvidenceRef ref = ClusterDeskFactory.eINSTANCE.createEvidenceRef();
				ref.setAttachment(doc.getAttachments().get(0));
				ref.setPage(7);
				return new EvidencePrompt.Answer(false, ref, List.of());
			});
			ClusterFormPage page = EditorTesting.show(editor, "section-2");
			CheckGroupField group = checkGroup(page, "集群已开展的产业链强链补链工作");
			Button button = group.buttons().stream().filter(b -> b.getData() == option).findFirst().orElseThrow();
			button.setSelection(true);
			button.notifyListeners(SWT.Selection, new Event());
			EditorTesting.flush();
			assertEquals("与先进制造业集群、国家新型工业化产业示范基地建立稳定合作配套关系", asked[0], "the prompt names the option");
			assertTrue(industry.getChainWorks().contains(option));
			EvidenceLink link = industry.evidenceFor(Literals.INDUSTRY_SECTION__CHAIN_WORKS, option.getName());
			assertNotNull(link);
			assertEquals(7, link.getEvidence().get(0).getPage());
			editor.getEditingDomain().getCommandStack().undo();
			EditorTesting.flush();
			assertFalse(industry.getChainWorks().contains(option), "one undo takes back the tick");
			assertEquals(null, industry.evidenceFor(Literals.INDUSTRY_SECTION__CHAIN_WORKS, option.getName()), "and its evidence");

			// cancelling the prompt leaves the option unticked
			editor.getFormContext().setEvidencePrompt((shell, doc, what, initial, later) -> EvidencePrompt.Answer.CANCEL);
			button.setSelection(true);
			button.notifyListeners(SWT.Selection, new Event());
			EditorTesting.flush();
			assertFalse(industry.getChainWorks().contains(option));
			assertFalse(button.getSelection());
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void commitmentsAreTheFormsSentencesWithTheClustersName() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("jiangsu-2024");
		try {
			ClusterFormPage letter = editor.formPages().stream().filter(p -> "承诺函".equals(p.sectionNumber())).findFirst().orElseThrow();
			EditorTesting.show(editor, letter.getId());
			List<Control> boxes = EditorTesting.find(letter.getPartControl(), c -> c instanceof Button b && (b.getStyle() & SWT.CHECK) != 0
					&& "承诺内容".equals(c.getData(FormWidgets.ROW_KEY)));
			List<String> sentences = boxes.stream().map(c -> ((Button) c).getText()).toList();
			assertEquals(List.of("我市本次申报的扬州市宝应县输变电装备产业集群主导产业不属于国家规定的禁止、限制和淘汰类产业；",
					"集群及集群内企业近三年未发生较大及以上安全、质量和环境污染等事故，重大及以上网络安全事件和数据安全事件，",
					"不存在偷税漏税、严重失信等其他重大违法违规行为。"), sentences, "the form's wording, the sample's cluster named");
			Button box = (Button) boxes.get(2);
			assertTrue(box.getSelection(), "the sample's letter makes the commitment");
			box.setSelection(false);
			box.notifyListeners(SWT.Selection, new Event());
			EditorTesting.flush();
			Application document = (Application) editor.getDocument();
			assertEquals(sentences.subList(0, 2), document.getCommitment().getCommitments());
			assertTrue(editor.isDirty());
			EditorTesting.waitForValidation(editor);
			OverviewPage overview = (OverviewPage) EditorTesting.show(editor, OverviewPage.ID);
			assertTrue(overview.eligibilityText().startsWith("不符合申报条件"), "a commitment not made makes the cluster ineligible");
			// one undo makes it again, in the form's order
			editor.getEditingDomain().getCommandStack().undo();
			EditorTesting.flush();
			assertEquals(sentences, document.getCommitment().getCommitments());
			assertTrue(box.getSelection(), "the box follows the undo");
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void theParksTwoCellRowsHaveOneFieldAYear() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("competition-2026");
		try {
			ParkPage page = editor.formPages().stream().filter(ParkPage.class::isInstance).map(ParkPage.class::cast).findFirst().orElseThrow();
			EditorTesting.show(editor, page.getId());
			// 园区开发面积（亩） as the form prints it: one cell under 2024年 and one under 2025年, the park's figure
			TextField area2025 = EditorTesting.field(page, "园区开发面积（亩）（2025年）");
			assertEquals("9120", area2025.getText().getText());
			assertEquals("8650", EditorTesting.field(page, "园区开发面积（亩）（2024年）").getText().getText());
			assertEquals("52.96", EditorTesting.field(page, "投资强度（万元/亩）（2025年）").getText().getText());
			assertTrue(EditorTesting.find(page.getPartControl(), c -> c.getData(FormWidgets.BINDING_KEY) instanceof TextField f
					&& f.label().startsWith("园区开发面积") && f.label().contains("集群产业")).isEmpty(), "no cluster part for the area");
			// the five-cell rows keep their parts
			EditorTesting.field(page, "园区生产总值（亿元）（2025年 其中：集群产业）");
			EditorTesting.type(area2025, "9200");
			Park park = ((CompetitionReport) editor.getDocument()).getParks().get(0);
			assertEquals(0, new BigDecimal("9200").compareTo(park.getDevelopedArea().valueOf(2025)));
			editor.getEditingDomain().getCommandStack().undo();
			EditorTesting.flush();
			assertEquals(0, new BigDecimal("9120").compareTo(park.getDevelopedArea().valueOf(2025)));
		} finally {
			EditorTesting.close(editor);
		}
	}

	static ChoiceField choice(ClusterFormPage page, String rowLabel) {
		List<Control> found = EditorTesting.find(page.getPartControl(),
				c -> rowLabel.equals(c.getData(FormWidgets.ROW_KEY)) && c.getData(FormWidgets.BINDING_KEY) == null && c.getParent() != null
						&& c instanceof Composite composite && composite.getChildren().length > 0
						&& composite.getChildren()[0].getData(FormWidgets.BINDING_KEY) instanceof ChoiceField);
		assertFalse(found.isEmpty(), "a choice " + rowLabel);
		return (ChoiceField) ((Composite) found.get(0)).getChildren()[0].getData(FormWidgets.BINDING_KEY);
	}

	static CheckGroupField checkGroup(ClusterFormPage page, String rowLabel) {
		List<Control> found = EditorTesting.find(page.getPartControl(),
				c -> rowLabel.equals(c.getData(FormWidgets.ROW_KEY)) && c instanceof Composite composite
						&& composite.getChildren().length > 0 && composite.getChildren()[0].getData(FormWidgets.BINDING_KEY) instanceof CheckGroupField);
		assertFalse(found.isEmpty(), "a checkbox group " + rowLabel);
		return (CheckGroupField) ((Composite) found.get(0)).getChildren()[0].getData(FormWidgets.BINDING_KEY);
	}
}
