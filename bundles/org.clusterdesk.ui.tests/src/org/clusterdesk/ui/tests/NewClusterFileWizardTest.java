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

import java.util.List;
import java.util.stream.Stream;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterEditors;
import org.clusterdesk.internal.ui.wizards.ClusterInfoPage;
import org.clusterdesk.internal.ui.wizards.ClusterInfoPage.RegionPart;
import org.clusterdesk.internal.ui.wizards.NewClusterFileWizard;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.Region;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.editions.EditionRegistry;
import org.clusterdesk.model.forms.Completeness;
import org.clusterdesk.model.forms.DocumentFactory;
import org.clusterdesk.model.forms.FormRows;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.ResourceUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The new-file wizard, driven through its pages in a real WizardDialog, for every edition. */
class NewClusterFileWizardTest {

	private static IProject project;

	private WizardDialog dialog;

	@BeforeAll
	static void createProject() throws Exception {
		project = UiTesting.project("new-file-wizard");
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

	static Stream<String> editions() {
		return EditionRegistry.getDefault().getEditions().stream().map(Edition::getId);
	}

	private NewClusterFileWizard open() {
		NewClusterFileWizard wizard = new NewClusterFileWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new WizardDialog(UiTesting.shell(), wizard);
		dialog.setHelpAvailable(false);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		return wizard;
	}

	@Test
	void everyEditionIsOfferedWithIssuerAndYears() {
		NewClusterFileWizard wizard = open();
		var table = wizard.getEditionPage().getViewer().getTable();
		List<Edition> editions = EditionRegistry.getDefault().getEditions();
		assertEquals(editions.size(), table.getItemCount());
		for (int i = 0; i < editions.size(); i++) {
			Edition edition = editions.get(i);
			assertEquals(edition.getTitle(), table.getItem(i).getText(0));
			String issuer = table.getItem(i).getText(1);
			assertEquals(edition.getIssuer() == null ? "（表中未注明）" : edition.getIssuer(), issuer);
			List<Integer> years = edition.getDataYears();
			assertEquals(years.get(0) + "—" + years.get(years.size() - 1), table.getItem(i).getText(3));
			assertEquals(edition.getPlanBaselineYear() + " → " + edition.getPlanTargetYear(), table.getItem(i).getText(4));
		}
		assertEquals(editions.get(0), wizard.getEditionPage().getEdition(), "the first edition is chosen to start with");
		screenshot(dialog.getShell(), "new-file-1-edition");
	}

	@ParameterizedTest
	@MethodSource("editions")
	void createsTheEditionsEmptyStructure(String editionId) throws Exception {
		Edition edition = EditionRegistry.getDefault().getEdition(editionId);
		NewClusterFileWizard wizard = open();
		wizard.getEditionPage().setEdition(edition);
		processEvents();
		assertTrue(wizard.getEditionPage().isPageComplete());

		ClusterInfoPage info = wizard.getInfoPage();
		dialog.showPage(info);
		processEvents();
		assertFalse(info.isPageComplete(), "a name is required");
		// what the edition's sample says: a name in the edition's pattern, a region in the parts its form asks
		ClusterDocument sample = ClusterFiles.load(UiTesting.sample(editionId + ".cluster"));
		String name = sample.getName();
		info.getNameText().setText(name);
		if (sample instanceof CompetitionReport competition) {
			info.getScopeText().setText(competition.getGeographicScope());
			info.getCategoryCombo().select(competition.getCategory().getValue());
		} else {
			Region region = ((Application) sample).getRegion();
			for (RegionPart part : RegionPart.values()) {
				String value = switch (part) {
				case PROVINCE -> region.getProvince();
				case CITY -> region.getCity();
				case COUNTY -> region.getCounty();
				};
				assertEquals(value != null, info.getRegionText(part).isVisible(), part + " is asked where the sample has it");
				if (value != null) {
					info.getRegionText(part).setText(value);
				}
			}
		}
		processEvents();
		assertTrue(info.isPageComplete());
		assertNull(info.getErrorMessage());
		assertEquals(IMessageProvider.NONE, info.getMessageType(), "the sample name follows the edition's pattern: " + info.getMessage());
		screenshot(dialog.getShell(), "new-file-2-cluster-" + editionId);

		dialog.showPage(wizard.getLocationPage());
		processEvents();
		assertEquals(project.getFullPath().toString(), wizard.getLocationPage().getFolderText().getText());
		assertEquals(name + ".cluster", wizard.getLocationPage().getFileNameText().getText(), "the file name follows the cluster name");
		wizard.getLocationPage().getFileNameText().setText(editionId);
		processEvents();
		assertTrue(wizard.canFinish());
		if (editionId.equals("miit-2025")) {
			screenshot(dialog.getShell(), "new-file-3-location");
		}

		assertTrue(wizard.performFinish());
		dialog.close();
		processEvents();

		IFile file = project.getFile(editionId + ".cluster");
		assertEquals(file, wizard.getCreatedFile());
		assertTrue(file.exists(), "the workspace knows the new file");
		ClusterDocument document = ClusterFiles.load(file.getLocation().toPath());
		assertEquals(editionId, document.getEditionId());
		assertEquals(name, document.getName());
		assertTrue(document.isDraft());
		if (document instanceof Application application) {
			Region region = ((Application) sample).getRegion();
			assertEquals(region.getProvince(), application.getRegion().getProvince());
			assertEquals(region.getCity(), application.getRegion().getCity());
			assertEquals(region.getCounty(), application.getRegion().getCounty());
			Application reference = (Application) DocumentFactory.create(edition, name);
			assertEquals(reference.getPlan() == null, application.getPlan() == null);
			assertEquals(reference.getReview() == null, application.getReview() == null);
		} else {
			CompetitionReport report = (CompetitionReport) document;
			assertEquals(((CompetitionReport) sample).getGeographicScope(), report.getGeographicScope());
			assertEquals(((CompetitionReport) sample).getCategory(), report.getCategory());
		}
		assertEmptyStructure(edition, document);

		if (ClusterEditors.isEditorInstalled()) {
			IEditorPart editor = UiTesting.page().getActiveEditor();
			assertNotNull(editor, "the new file opens in the ClusterDesk editor");
			assertEquals(ClusterDeskUi.EDITOR_ID, editor.getSite().getId());
			assertEquals(file, ResourceUtil.getFile(editor.getEditorInput()));
		}
	}

	/** Every section object and every yearly row of the edition exists, with the edition's years and no values. */
	private static void assertEmptyStructure(Edition edition, ClusterDocument document) {
		Completeness completeness = Completeness.of(document);
		Completeness reference = Completeness.of(DocumentFactory.create(edition, document.getName()));
		assertEquals(edition.getSections().size(), completeness.sections().size());
		assertEquals(reference.required(), completeness.required());
		assertTrue(completeness.filled() >= reference.filled(), "name (and region) filled");
		assertTrue(completeness.filled() <= reference.filled() + 3, "nothing but the name and the region is filled: " + completeness.filled());
		int yearlyRows = 0;
		for (FormSection section : edition.getSections()) {
			if (section.getFeature() != null && !section.getFeature().isMany()) {
				assertNotNull(document.eGet(section.getFeature()), "section " + section.getNumber() + " exists");
			}
			for (EObject sectionObject : FormRows.sectionObjects(document, section)) {
				for (FormRow row : section.getRows()) {
					EObject owner = FormRows.owner(document, sectionObject, row);
					if (owner == null || !(row.getFeature() instanceof EReference reference2) || reference2.isMany()) {
						continue;
					}
					Object value = owner.eGet(reference2);
					List<Integer> years = row.isLastYearOnly() ? List.of(edition.getDataYears().get(edition.getDataYears().size() - 1))
							: edition.getDataYears();
					if (value instanceof YearlyDecimal series) {
						assertEquals(years, series.years(), row.getLabel());
						series.getValues().forEach(v -> assertNull(v.getValue(), row.getLabel()));
						yearlyRows++;
					} else if (value instanceof YearlyCount series) {
						assertEquals(years, series.years(), row.getLabel());
						series.getValues().forEach(v -> assertNull(v.getValue(), row.getLabel()));
						yearlyRows++;
					}
				}
			}
		}
		assertTrue(yearlyRows > 0, "the edition's yearly tables exist");
	}

	@Test
	void aNameOutsideTheEditionsPatternIsAWarningNotABlock() {
		NewClusterFileWizard wizard = open();
		wizard.getEditionPage().setEdition(EditionRegistry.getDefault().getEdition("shaanxi-2026"));
		ClusterInfoPage info = wizard.getInfoPage();
		dialog.showPage(info);
		info.getNameText().setText("宝鸡钛产业");
		processEvents();
		assertTrue(info.isPageComplete());
		assertEquals(IMessageProvider.WARNING, info.getMessageType());
		assertTrue(info.getMessage().contains("XX市（区）XX（县、区）XX产业"), info.getMessage());
		assertFalse(info.getRegionText(RegionPart.PROVINCE).isVisible(), "Shaanxi's form asks 市（区） 县（市、区） only");
		assertTrue(info.getRegionText(RegionPart.CITY).isVisible());
		screenshot(dialog.getShell(), "new-file-2-cluster-name-warning");
		info.getNameText().setText("  ");
		processEvents();
		assertFalse(info.isPageComplete());
	}

	@Test
	void anExistingFileIsNeverOverwritten() throws Exception {
		IFile existing = UiTesting.copySample(project, "miit-2025.cluster", "existing.cluster");
		NewClusterFileWizard wizard = open();
		wizard.getInfoPage().getNameText().setText("浙江省宁波市慈溪市智能家电产业");
		dialog.showPage(wizard.getLocationPage());
		wizard.getLocationPage().getFileNameText().setText("existing");
		processEvents();
		assertFalse(wizard.canFinish());
		assertTrue(wizard.getLocationPage().getErrorMessage().contains("已存在"), wizard.getLocationPage().getErrorMessage());
		screenshot(dialog.getShell(), "new-file-3-location-exists");
		assertEquals(ClusterFiles.load(UiTesting.sample("miit-2025.cluster")).getName(),
				ClusterFiles.load(existing.getLocation().toPath()).getName());
	}

	@Test
	void aMissingProjectIsCreatedOnFinish() throws Exception {
		IProject fresh = ResourcesPlugin.getWorkspace().getRoot().getProject("new-file-wizard-fresh");
		UiTesting.delete(fresh);
		try {
			NewClusterFileWizard wizard = open();
			wizard.getInfoPage().getNameText().setText("浙江省宁波市慈溪市智能家电产业");
			dialog.showPage(wizard.getLocationPage());
			wizard.getLocationPage().getFolderText().setText("/new-file-wizard-fresh/2025");
			processEvents();
			assertTrue(wizard.canFinish());
			assertEquals(IMessageProvider.INFORMATION, wizard.getLocationPage().getMessageType());
			assertTrue(wizard.performFinish());
			IFile file = fresh.getFolder("2025").getFile("浙江省宁波市慈溪市智能家电产业.cluster");
			assertTrue(file.exists());
			assertEquals("miit-2025", ClusterFiles.load(file.getLocation().toPath()).getEditionId());
		} finally {
			dialog.close();
			UiTesting.cleanUp();
			UiTesting.delete(fresh);
		}
	}
}
