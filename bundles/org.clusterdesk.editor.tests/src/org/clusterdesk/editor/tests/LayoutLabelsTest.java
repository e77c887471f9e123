/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.LayoutElements;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.forms.FormLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;

/**
 * The editor shows what the printed form shows around its rows, from the edition's layout — the description the Word
 * export follows: group labels above their sub-rows with their note once, prompts above the value, the form's wording
 * of a row, headings the form numbers inside a part, and a mark on the rows the form has not.
 */
class LayoutLabelsTest {

	private static ClusterFormPage page(ClusterEditor editor, String number) {
		ClusterFormPage page = editor.formPages().stream().filter(p -> number.equals(p.sectionNumber())).findFirst().orElseThrow();
		return EditorTesting.show(editor, page.getId());
	}

	private static List<Label> labels(ClusterFormPage page, String kind) {
		return EditorTesting.find(page.getPartControl(), c -> c instanceof Label l && kind.equals(l.getData(LayoutElements.KIND_KEY)))
				.stream().map(Label.class::cast).toList();
	}

	private static List<String> texts(List<Label> labels) {
		return labels.stream().map(Label::getText).toList();
	}

	/** The label of a row (its key is the edition's label), whatever wording it shows. */
	private static Label rowLabel(ClusterFormPage page, String key) {
		List<Control> found = EditorTesting.find(page.getPartControl(), c -> c instanceof Label && key.equals(c.getData(FormWidgets.ROW_KEY)));
		assertTrue(!found.isEmpty(), "no row label " + key);
		return (Label) found.get(0);
	}

	private static int top(Control control) {
		return control.toDisplay(0, 0).y;
	}

	private static FormSection section(ClusterEditor editor, String number) {
		return editor.getDocument().getEdition().getSections().stream().filter(s -> number.equals(s.getNumber())).findFirst().orElseThrow();
	}

	@Test
	void theGroupLabelStandsAboveItsSubRowsWithItsNoteOnce() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("miit-2025");
		try {
			EditorTesting.maximize(editor);
			ClusterFormPage innovation = page(editor, "三");
			List<Label> groups = labels(innovation, LayoutElements.GROUP);
			assertEquals(List.of("创新平台建设情况"), texts(groups));
			assertEquals(List.of("（需提供清单及佐证材料）"), texts(labels(innovation, LayoutElements.GROUP_NOTE)));
			Label first = rowLabel(innovation, "国家制造业创新中心或国家级创新平台名称及数量");
			assertTrue(top(groups.get(0)) < top(first), "the group's label above its first sub-row");
			// the sub-rows' note is the group's: shown once, under the group's label; other rows keep theirs
			FormSection three = section(editor, "三");
			FormLayout layout = FormLayout.of(editor.getDocument().getEdition());
			long others = three.getRows().stream().filter(r -> layout.group(r) == null && "（需提供清单及佐证材料）".equals(r.getNote())).count();
			long notes = EditorTesting.find(innovation.getPartControl(), c -> c instanceof Label l && l.getText().equals("（需提供清单及佐证材料）")).size();
			assertEquals(1 + others, notes, "the note once for the three platforms' rows");
			// the form words the standards row with its note inside (…（需提供清单）（年度当前值）): shown once, in the wording
			String standards = "近三年集群中小企业主持（起草单位排名前三位）或参与制修订标准数量情况（需提供清单）（年度当前值）";
			assertEquals(1, EditorTesting.find(innovation.getPartControl(), c -> c instanceof Label l && l.getText().equals(standards)).size());
			assertEquals(0, EditorTesting.find(innovation.getPartControl(), c -> c instanceof Label l && l.getText().equals("（需提供清单）")).size());
			// the rows the form has not (有效发明专利清单及佐证材料) are still filled here, marked as such
			long hidden = three.getRows().stream().filter(layout::hidden).count();
			assertTrue(hidden > 0);
			assertEquals(hidden, labels(innovation, LayoutElements.NOT_PRINTED).size());
			Path png = EditorTesting.screenshot(innovation, EditorTesting.screenshots().resolve("layout"), "miit-2025-三");
			assertTrue(Files.size(png) > 0);
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void promptsStandAboveTheirValueAndRowsAreWordedAsTheFormWordsThem() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("miit-2025");
		try {
			EditorTesting.maximize(editor);
			ClusterFormPage governance = page(editor, "七");
			assertEquals(List.of("集群中小企业公共服务平台建设情况"), texts(labels(governance, LayoutElements.GROUP)));
			List<Label> prompts = labels(governance, LayoutElements.PROMPT);
			assertEquals(List.of("集群已提供的中小企业公共服务："), texts(prompts));
			List<Control> services = EditorTesting.find(governance.getPartControl(),
					c -> c instanceof Composite && "集群提供中小企业公共服务情况".equals(c.getData(FormWidgets.ROW_KEY)));
			assertEquals(1, services.size());
			assertTrue(top(prompts.get(0)) < top(services.get(0)), "the prompt above the checkboxes");
			Path png = EditorTesting.screenshot(governance, EditorTesting.screenshots().resolve("layout"), "miit-2025-七");
			assertTrue(Files.size(png) > 0);
			// 一: the form prints 集群名称：
			ClusterFormPage basic = page(editor, "一");
			FormRow name = section(editor, "一").getRows().stream().filter(r -> r.getFeature().getName().equals("name")).findFirst().orElseThrow();
			assertEquals("集群名称：", rowLabel(basic, name.getLabel()).getText());
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void theCompetitionReportShowsTheSubsectionHeadingsItsFormNumbers() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("competition-2026");
		try {
			EditorTesting.maximize(editor);
			assertEquals(List.of("4.1 基本情况", "4.2 集群发展促进组织运营情况", "4.3 相关佐证资料"), texts(labels(page(editor, "四"), LayoutElements.HEADING)));
			ClusterFormPage plan = page(editor, "五");
			assertEquals(List.of("5.1 未来三年集群主要经济指标发展目标", "5.2 培育发展省级产业集群实施方案"), texts(labels(plan, LayoutElements.HEADING)));
			// the parts of the implementation plan, worded as the form words them
			assertTrue(EditorTesting.find(plan.getPartControl(), c -> c instanceof Label l && l.getText().equals("第一部分：培育背景")).size() == 1);
			Path png = EditorTesting.screenshot(plan, EditorTesting.screenshots().resolve("layout"), "competition-2026-五");
			assertTrue(Files.size(png) > 0);
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void jiangsuPromptsItsPlatformsAndServices() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("jiangsu-2024");
		try {
			assertEquals(List.of("集群已建设的中小企业公共服务平台：", "集群已提供的中小企业公共服务："),
					texts(labels(page(editor, "七"), LayoutElements.PROMPT)));
		} finally {
			EditorTesting.close(editor);
		}
	}
}
