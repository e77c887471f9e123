/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.DocxTesting.allText;
import static org.clusterdesk.export.tests.DocxTesting.paragraph;
import static org.clusterdesk.export.tests.DocxTesting.sample;
import static org.clusterdesk.export.tests.DocxTesting.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clusterdesk.charts.TrendCharts;
import org.clusterdesk.charts.TrendSeries;
import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.DocxOptions;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Recommendation;
import org.clusterdesk.model.editions.EditionRegistry;
import org.clusterdesk.model.forms.DocumentFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the reviewer adds to the Word export: the recommendation (推荐意见 / 复核意见) in its place in the form, and on
 * request the appendix with the indicator trend charts, read back as pictures.
 */
class DocxReviewerBlocksTest {

	@TempDir
	Path temp;

	private XWPFDocument export(ClusterDocument document, DocxOptions options) throws Exception {
		return export(document, options, document.getEditionId() + (options.trendCharts() ? "-charts" : ""));
	}

	private XWPFDocument export(ClusterDocument document, DocxOptions options, String name) throws Exception {
		Path file = temp.resolve(name + ".docx");
		DocxExporter.export(document, file, options, null);
		// left for a reviewer to open (target/exports)
		Files.copy(file, DocxTesting.exportsDir().resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return DocxTesting.read(file);
	}

	/** The recommendation row of the declaration table: the edition's title, then opinion, seal line and date. */
	private static XWPFTableRow recommendationRow(XWPFDocument docx, String title) {
		for (XWPFTable table : docx.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				if (!row.getTableCells().isEmpty() && title.equals(texts(row).get(0))) {
					return row;
				}
			}
		}
		throw new AssertionError("no row " + title);
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review" })
	void theReviewersOpinionUnitAndDateArePrintedUnderTheEditionsTitle(String edition) throws Exception {
		Application a = sample(edition);
		Recommendation r = ClusterDeskFactory.eINSTANCE.createRecommendation();
		r.setOpinion("经审核，该集群材料真实，同意推荐。");
		r.setUnit("某省工业和信息化厅");
		r.setDate(LocalDate.of(2026, 3, 15));
		a.setRecommendation(r);

		XWPFTableRow row = recommendationRow(export(a, DocxOptions.of(ExportMode.DRAFT)), a.getEdition().getRecommendationTitle());
		String block = texts(row).get(1);
		assertTrue(block.startsWith("经审核，该集群材料真实，同意推荐。"), block);
		assertTrue(block.contains("某省工业和信息化厅"), block);
		assertTrue(block.contains("2026年3月15日"), block);
	}

	@Test
	void withoutAnOpinionTheBlockKeepsItsBlankSealAndDateLines() throws Exception {
		Application a = sample("miit-2025");
		a.setRecommendation(null);
		String block = texts(recommendationRow(export(a, DocxOptions.of(ExportMode.DRAFT)), a.getEdition().getRecommendationTitle())).get(1);
		assertTrue(block.contains("年") && block.contains("月") && block.contains("日"), block);
		assertFalse(block.contains("null"), block);
	}

	@Test
	void theAppendixFollowsTheFormWithOneCaptionedPicturePerTrendChart() throws Exception {
		Application a = sample("miit-2025");
		List<TrendSeries> charts = TrendCharts.of(a);
		XWPFDocument docx = export(a, DocxOptions.of(ExportMode.DRAFT).withTrendCharts());

		XWPFParagraph title = paragraph(docx, "附件：主要指标趋势图");
		assertTrue(DocxTesting.startsPage(docx, title), "the appendix starts a page");
		List<IBodyElement> body = docx.getBodyElements();
		int at = body.indexOf(title);
		assertTrue(body.subList(0, at).stream().anyMatch(e -> e instanceof XWPFTable t && t.getText().contains(a.getEdition().getRecommendationTitle())),
				"the form, recommendation included, comes before the appendix");

		List<XWPFPicture> pictures = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).flatMap(r -> r.getEmbeddedPictures().stream())
				.toList();
		assertEquals(charts.size(), pictures.size());
		assertTrue(charts.size() >= 8, "the national form has at least eight yearly key indicators: " + charts.size());
		for (XWPFPicture picture : pictures) {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.getPictureData().getData()));
			assertEquals(840, image.getWidth(), "drawn at twice 420 pt");
			assertEquals(460, image.getHeight());
			// printed 420 × 230 pt
			assertEquals(420, picture.getWidth(), 0.5);
			assertEquals(230, picture.getDepth(), 0.5);
		}
		String text = allText(docx);
		for (int i = 0; i < charts.size(); i++) {
			assertTrue(text.contains("图" + (i + 1) + "  " + charts.get(i).indicator().label()), "caption of chart " + (i + 1));
		}
	}

	@Test
	void withoutTheOptionThereIsNoAppendixAndNoPicture() throws Exception {
		XWPFDocument docx = export(sample("miit-2025"), DocxOptions.of(ExportMode.DRAFT));
		assertFalse(allText(docx).contains("附件：主要指标趋势图"));
		assertTrue(docx.getAllPictures().isEmpty());
	}

	@Test
	void aCompetitionReportsAppendixComesAfterItsLandscapeLibrariesOnAPortraitPage() throws Exception {
		CompetitionReport r = sample("competition-2026");
		XWPFDocument docx = export(r, DocxOptions.of(ExportMode.DRAFT).withTrendCharts());
		XWPFParagraph title = paragraph(docx, "附件：主要指标趋势图");
		assertTrue(DocxTesting.startsPage(docx, title));
		assertEquals(TrendCharts.of(r).size(), docx.getAllPictures().size());
		// the last section (where the appendix is) is portrait
		assertFalse(DocxTesting.landscape(docx.getDocument().getBody().getSectPr()));
	}

	@Test
	void aFormWithNoFiguresYetSaysSoInsteadOfEmptyCharts() throws Exception {
		Application a = (Application) DocumentFactory.create(EditionRegistry.getDefault().getEdition("miit-2025"), "陕西省西安市某某区测试产业");
		XWPFDocument docx = export(a, DocxOptions.of(ExportMode.DRAFT).withTrendCharts(), "empty-charts");
		paragraph(docx, "附件：主要指标趋势图");
		paragraph(docx, "本表尚无可绘制趋势的指标数据。");
		assertTrue(docx.getAllPictures().isEmpty());
	}
}
