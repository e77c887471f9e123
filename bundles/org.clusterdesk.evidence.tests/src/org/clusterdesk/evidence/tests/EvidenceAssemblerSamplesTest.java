/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.clusterdesk.evidence.EvidenceAssembler;
import org.clusterdesk.evidence.EvidenceBundle;
import org.clusterdesk.evidence.EvidenceItems;
import org.clusterdesk.evidence.EvidenceLayout;
import org.clusterdesk.evidence.PageReferences;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code clusterdesk evidence} on every sample, read back with PDFBox: the page count, the 目录 (every attachment's
 * title and P range), the stamp on the pages, the bookmarks, and the document's page references equal to the bundle's.
 */
class EvidenceAssemblerSamplesTest {

	static List<Path> samples() {
		return EvidenceTesting.sampleFiles().toList();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void bundleOfEverySampleReadsBack(Path sample) throws Exception {
		ClusterDocument document = ClusterFiles.load(sample);
		String name = sample.getFileName().toString().replace(".cluster", "");
		Path out = EvidenceTesting.output().resolve(name + "-佐证材料.pdf");
		EvidenceBundle bundle = new EvidenceAssembler(document, sample).assemble(out, null);

		EvidenceLayout declared = EvidenceLayout.declared(document);
		assertTrue(declared.samePages(bundle.layout()), name + ": the sample's recorded page counts are those of its files");
		int total = declared.totalPages();
		assertTrue(total > 100, name + ": " + total);

		try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
			int front = bundle.frontPages();
			assertEquals(front + total, pdf.getNumberOfPages(), name + ": cover, 目录 and every attachment page");

			String cover = EvidenceTesting.pageText(pdf, 1);
			assertTrue(cover.contains("佐证材料"), cover);
			assertTrue(EvidenceTesting.squeezed(cover).contains(EvidenceTesting.squeezed(document.getName())), cover);

			StringBuilder toc = new StringBuilder();
			for (int p = 2; p <= front; p++) {
				toc.append(EvidenceTesting.pageText(pdf, p));
			}
			String tocText = EvidenceTesting.squeezed(toc.toString());
			assertTrue(tocText.startsWith("目录"), tocText);
			for (EvidenceLayout.Entry e : declared.entries()) {
				assertTrue(tocText.contains(EvidenceTesting.squeezed(e.attachment().getTitle())), e.attachment().getTitle());
				assertTrue(tocText.contains("P" + e.firstPage() + "–P" + e.lastPage()), name + " 目录 range of " + e.attachment().getId());
			}
			assertTrue(EvidenceTesting.pageText(pdf, 1).strip().endsWith("i"), "front matter is numbered i, ii, …");
			assertTrue(EvidenceTesting.pageText(pdf, 2).strip().endsWith("ii"), "front matter is numbered i, ii, …");

			// first and last page of every attachment: the stamp and the attachment's own page, in the form's order
			for (EvidenceLayout.Entry e : declared.entries()) {
				for (int k : new int[] { 1, e.pages() }) {
					int p = e.firstPage() + k - 1;
					String text = EvidenceTesting.pageText(pdf, front + p);
					assertTrue(text.contains("第 " + p + " 页（P" + p + "）"), name + " P" + p + ": " + text);
					assertTrue(text.contains("Sample evidence " + e.attachment().getId() + ", page " + k + " of " + e.pages()),
							name + " P" + p + ": " + text);
				}
			}

			// bookmarks: 封面, 目录, one per attachment at its first page, one per evidenced item at its page
			List<PDOutlineItem> top = children(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild());
			assertEquals(2 + declared.entries().size(), top.size());
			assertEquals("封面", top.get(0).getTitle());
			assertEquals("目录", top.get(1).getTitle());
			assertEquals(1, pageOf(pdf, top.get(0)));
			assertEquals(2, pageOf(pdf, top.get(1)));
			List<EvidenceItems.Item> items = EvidenceItems.of(document);
			List<PageReferences.Reference> cells = PageReferences.find(document).stream().filter(PageReferences.Reference::cell).toList();
			List<String> titles = new ArrayList<>();
			List<Integer> targets = new ArrayList<>();
			for (EvidenceLayout.Entry e : declared.entries()) {
				PDOutlineItem mark = top.get(1 + e.number());
				assertTrue(mark.getTitle().contains(e.attachment().getTitle()), mark.getTitle());
				assertEquals(front + e.firstPage(), pageOf(pdf, mark), mark.getTitle());
				for (PDOutlineItem child : children(mark.getFirstChild())) {
					int p = pageOf(pdf, child) - front;
					assertTrue(e.contains(p), child.getTitle() + " lies in " + e.attachment().getTitle());
					titles.add(child.getTitle());
					targets.add(p);
				}
			}
			assertEquals(items.size() + cells.size(), titles.size(), name + ": every evidenced item and 佐证页码 has a bookmark");
			for (EvidenceItems.Item item : items) {
				int p = declared.entry(item.attachment()).firstPage() + item.page() - 1;
				int at = titles.indexOf(item.label() + "（P" + p + "）");
				assertTrue(at >= 0, name + ": bookmark of " + item.label() + " " + titles);
				assertEquals(p, targets.get(at).intValue(), item.label());
			}
			for (PageReferences.Reference cell : cells) {
				String title = PageReferences.label(cell) + "（P" + cell.page() + "）";
				int at = titles.indexOf(title);
				assertTrue(at >= 0, name + ": bookmark " + title + " in " + titles);
				assertEquals(cell.page(), targets.get(at).intValue(), title);
			}
			assertTrue(titles.size() > 5, name + ": " + titles);
		}

		// the document's P-references lie inside the bundle, and 佐证材料总页数 is the bundle's
		for (PageReferences.Reference r : PageReferences.find(document)) {
			assertNotNull(bundle.layout().locate(r.page()), name + ": P" + r.page());
		}
		if (document.getEvidencePages() != null) {
			assertEquals(bundle.layout().totalPages(), document.getEvidencePages().intValue());
		}
	}

	private static List<PDOutlineItem> children(PDOutlineItem first) {
		List<PDOutlineItem> list = new ArrayList<>();
		for (PDOutlineItem i = first; i != null; i = i.getNextSibling()) {
			list.add(i);
		}
		return list;
	}

	/** The physical page (from 1) a bookmark leads to. */
	private static int pageOf(PDDocument pdf, PDOutlineItem item) throws IOException {
		PDPageDestination d = (PDPageDestination) item.getDestination();
		return pdf.getPages().indexOf(d.getPage()) + 1;
	}
}
