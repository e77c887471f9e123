/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.model.YesNo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writes a PNG of every page of every sample edition to the folder in {@code clusterdesk.screenshots}
 * (target/screenshots), so that a reviewer can compare each page with the official form.
 */
class ScreenshotsTest {

	/** Pages with problems: decorations, the counter past its limit, the overview's list and eligibility. */
	@org.junit.jupiter.api.Test
	void pagesWithProblems() throws Exception {
		Shell shell = EditorTesting.page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 1000);
		Path copy = Files.createTempDirectory("screenshots").resolve("miit-2025-problems.cluster");
		Files.copy(EditorTesting.sample("miit-2025"), copy);
		ClusterEditor editor = EditorTesting.openFromFileSystem(copy);
		EditorTesting.maximize(editor);
		try {
			ClusterFormPage industry = EditorTesting.show(editor, "section-2");
			EditorTesting.type(EditorTesting.field(industry, "集群总产值（亿元）（2024年）"), "700");
			EditorTesting.type(EditorTesting.field(industry, "其中：集群中小企业数量（年度当前值）（2024年）"), "2700");
			EditorTesting.type(EditorTesting.field(industry, "集群主导产业产值占集群总产值比例（%）（2023年）"), "83.105");
			EditorTesting.type(EditorTesting.field(industry, "集群产业链强链补链情况（200字以内）"), "集群".repeat(110));
			ClusterFormPage basic = EditorTesting.show(editor, "section-1");
			FieldsTest.choice(basic, "近三年是否发生较大及以上安全、质量、环境污染等事故，重大及以上网络安全事件和数据安全事件").select(YesNo.YES);
			EditorTesting.typeOnly(EditorTesting.field(basic, "集群占地面积（平方公里）"), "三十八");
			EditorTesting.waitForValidation(editor);
			Path folder = EditorTesting.screenshots().resolve("problems");
			for (String id : java.util.List.of("overview", "section-1", "section-2")) {
				ClusterFormPage page = EditorTesting.show(editor, id);
				EditorTesting.pause(250);
				EditorTesting.screenshot(page, folder, "miit-2025-" + id);
			}
		} finally {
			EditorTesting.page().setPartState(EditorTesting.page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
			EditorTesting.close(editor);
		}
	}

	static java.util.List<String> samples() {
		return EditorTesting.SAMPLES;
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyPageOfTheSample(String sample) throws Exception {
		Shell shell = EditorTesting.page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 1000);
		ClusterEditor editor = EditorTesting.openFromFileSystem(EditorTesting.sample(sample));
		EditorTesting.maximize(editor);
		try {
			EditorTesting.waitForValidation(editor);
			Path folder = EditorTesting.screenshots().resolve(sample);
			int n = 0;
			for (ClusterFormPage page : editor.formPages()) {
				EditorTesting.show(editor, page.getId());
				EditorTesting.pause(250);
				Path png = EditorTesting.screenshot(page, folder, String.format("%02d-%s", n++, page.getId()));
				assertTrue(Files.size(png) > 1000, png + " is an image");
			}
		} finally {
			EditorTesting.page().setPartState(EditorTesting.page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
			EditorTesting.close(editor);
		}
	}
}
