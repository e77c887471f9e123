/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.ui.tests;

import static org.clusterdesk.ui.tests.UiTesting.processEvents;
import static org.clusterdesk.ui.tests.UiTesting.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clusterdesk.internal.ui.wizards.EarlierApplicationPage;
import org.clusterdesk.internal.ui.wizards.ReReviewWizard;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The re-review wizard from the national application sample, and its refusals. */
class ReReviewWizardTest {

	private static IProject project;

	private WizardDialog dialog;

	@BeforeAll
	static void createProject() throws Exception {
		project = UiTesting.project("re-review-wizard");
	}

	@AfterAll
	static void deleteProject() {
		UiTesting.delete(project);
	}

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		UiTesting.cleanUp();
	}

	private ReReviewWizard open(StructuredSelection selection) {
		ReReviewWizard wizard = new ReReviewWizard();
		wizard.init(PlatformUI.getWorkbench(), selection);
		dialog = new WizardDialog(UiTesting.shell(), wizard);
		dialog.setHelpAvailable(false);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		return wizard;
	}

	@Test
	void carriesThePlansIndicatorsIntoTheCompletionTable() throws Exception {
		IFile earlierFile = UiTesting.copySample(project, "miit-2025.cluster", "miit-2025.cluster");
		Application earlier = (Application) ClusterFiles.load(earlierFile.getLocation().toPath());
		ReReviewWizard wizard = open(new StructuredSelection(earlierFile));

		EarlierApplicationPage page = wizard.getEarlierPage();
		assertEquals(earlierFile.getLocation().toOSString(), page.getEarlierFileField().getText().getText(), "the selected file");
		assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
		assertNull(page.getErrorMessage());
		assertEquals(IMessageProvider.WARNING, page.getMessageType(), "the sample's plan years differ from the review's 2022 → 2025");
		List<PlanIndicator> targets = earlier.getPlan().getTargets();
		var table = page.getIndicatorsViewer().getTable();
		assertEquals(targets.size(), table.getItemCount());
		assertEquals(targets.get(0).getBaseline().toPlainString(), table.getItem(0).getText(3));
		assertEquals(targets.get(0).getTarget().toPlainString(), table.getItem(0).getText(4));
		screenshot(dialog.getShell(), "re-review-1-earlier");

		dialog.showPage(wizard.getLocationPage());
		processEvents();
		assertEquals(project.getFullPath().toString(), wizard.getLocationPage().getFolderText().getText(), "beside the earlier file");
		assertEquals(earlier.getName() + "（复核）.cluster", wizard.getLocationPage().getFileNameText().getText());
		screenshot(dialog.getShell(), "re-review-2-location");
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		dialog.close();

		IFile created = wizard.getCreatedFile();
		assertTrue(created.exists());
		Application review = (Application) ClusterFiles.load(created.getLocation().toPath());
		assertEquals("miit-2025-review", review.getEditionId());
		assertEquals(earlier.getName(), review.getName());
		assertEquals(earlier.getRegion().getCounty(), review.getRegion().getCounty());
		assertEquals(earlier.getBasicInfo().getOperator().getName(), review.getBasicInfo().getOperator().getName());
		List<CompletionIndicator> completion = review.getReview().getCompletion();
		assertEquals(targets.size(), completion.size());
		for (int i = 0; i < targets.size(); i++) {
			PlanIndicator target = targets.get(i);
			CompletionIndicator carried = completion.get(i);
			assertEquals(target.getKind(), carried.getKind());
			assertEquals(target.getName(), carried.getName());
			assertEquals(target.getUnit(), carried.getUnit());
			assertEquals(0, compare(target.getBaseline(), carried.getBaseline()), target.getName());
			assertEquals(0, compare(target.getTarget(), carried.getTarget()), target.getName());
			assertNull(carried.getAchieved(), "ready for the achieved value");
		}
		assertEquals(2022, review.getReview().getBaselineYear());
		assertEquals(2025, review.getReview().getTargetYear());
		assertNotNull(review.getReview().getNewPlan());
	}

	private static int compare(java.math.BigDecimal a, java.math.BigDecimal b) {
		return a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b);
	}

	@ParameterizedTest
	@CsvSource({ "competition-2026.cluster, 不是中小企业特色产业集群申报表", "miit-2025-review.cluster, 已是复核申报表",
			"shaanxi-2026.cluster, 只能依据工业和信息化部制表的申报表" })
	void refusesWhatIsNotAnEarlierApplicationOfTheSameIssuer(String sample, String expected) {
		ReReviewWizard wizard = open(StructuredSelection.EMPTY);
		EarlierApplicationPage page = wizard.getEarlierPage();
		assertFalse(page.isPageComplete());
		page.getEarlierFileField().getText().setText(UiTesting.sample(sample).toString());
		processEvents();
		assertFalse(page.isPageComplete());
		assertFalse(wizard.canFinish());
		assertNotNull(page.getErrorMessage());
		assertTrue(page.getErrorMessage().contains(expected), page.getErrorMessage());
		assertEquals(0, page.getIndicatorsViewer().getTable().getItemCount());
		if (sample.startsWith("competition")) {
			screenshot(dialog.getShell(), "re-review-1-earlier-refused");
		}
	}

	@Test
	void aDamagedOrMissingFileGetsAClearError(@TempDir Path folder) throws Exception {
		ReReviewWizard wizard = open(StructuredSelection.EMPTY);
		EarlierApplicationPage page = wizard.getEarlierPage();
		Path missing = folder.resolve("missing.cluster");
		page.getEarlierFileField().getText().setText(missing.toString());
		processEvents();
		assertTrue(page.getErrorMessage().contains(missing.toString()), page.getErrorMessage());

		Path damaged = folder.resolve("damaged.cluster");
		String content = Files.readString(UiTesting.sample("miit-2025.cluster"));
		Files.writeString(damaged, content.substring(0, content.length() / 2));
		page.getEarlierFileField().getText().setText(damaged.toString());
		processEvents();
		assertFalse(page.isPageComplete());
		assertTrue(page.getErrorMessage().contains("damaged.cluster"), page.getErrorMessage());
		assertEquals(content.substring(0, content.length() / 2), Files.readString(damaged), "the file is only read");
	}

	@Test
	void aFileOutsideTheWorkspaceCanBeTheEarlierApplication() throws Exception {
		ReReviewWizard wizard = open(StructuredSelection.EMPTY);
		wizard.getEarlierPage().getEarlierFileField().getText().setText(UiTesting.sample("miit-2025.cluster").toString());
		processEvents();
		assertTrue(wizard.getEarlierPage().isPageComplete());
		dialog.showPage(wizard.getLocationPage());
		wizard.getLocationPage().getFolderText().setText(project.getFullPath().toString());
		wizard.getLocationPage().getFileNameText().setText("from-file-system");
		processEvents();
		assertTrue(wizard.performFinish());
		Application review = (Application) ClusterFiles.load(project.getFile("from-file-system.cluster").getLocation().toPath());
		assertEquals("miit-2025-review", review.getEditionId());
	}
}
