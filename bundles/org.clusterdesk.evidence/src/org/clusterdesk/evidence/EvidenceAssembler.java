/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.clusterdesk.internal.evidence.AttachmentSource;
import org.clusterdesk.internal.evidence.CjkFont;
import org.clusterdesk.internal.evidence.Messages;
import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.resource.AtomicFiles;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Assembles the evidence bundle 佐证材料 of a document with Apache PDFBox: a cover, a 目录 with each attachment's title
 * and P range, the attachments in the order of the 附件清单 (PDF pages as they are, JPEG/PNG scans on A4 pages), 第 n 页
 * （Pn） stamped on every attachment page (i, ii, … on the cover and 目录), and bookmarks per attachment and per evidenced
 * item. Attachment files are found beside the document (their names are relative to its folder). Every attachment is
 * opened and checked before anything is written; the file is written atomically, so a failure or a cancellation leaves
 * the previous bundle as it was.
 */
public final class EvidenceAssembler {

	/** Document-information key holding the layout, read back by {@link EvidenceBundleReader}. */
	public static final String LAYOUT_KEY = "ClusterDeskLayout"; //$NON-NLS-1$

	/** Document-information key holding the number of pages before P1. */
	public static final String FRONT_KEY = "ClusterDeskFrontPages"; //$NON-NLS-1$

	private static final float MARGIN = 56f;
	private static final float TOC_SIZE = 11f;
	private static final float TOC_LEADING = 20f;

	private final ClusterDocument document;
	private final Path documentFile;
	private final Path documentFolder;

	/**
	 * @param documentFile the .cluster file (its folder is where the attachment file names are resolved)
	 */
	public EvidenceAssembler(ClusterDocument document, Path documentFile) {
		this.document = document;
		this.documentFile = documentFile.toAbsolutePath().normalize();
		Path parent = this.documentFile.getParent();
		this.documentFolder = parent == null ? Path.of("") : parent; //$NON-NLS-1$
	}

	/** Every attachment that cannot go into the bundle (missing, unreadable, encrypted, damaged, unsupported). */
	public List<EvidenceProblem> check() {
		List<EvidenceProblem> problems = new ArrayList<>();
		int number = 1;
		for (Attachment a : document.getAttachments()) {
			try (AttachmentSource source = AttachmentSource.open(documentFolder, a, number)) {
				// opened and checked
			} catch (AttachmentSource.Refused e) {
				problems.add(e.problem());
			}
			number++;
		}
		return problems;
	}

	/**
	 * The layout the attachment files give (their real page counts), or null when an attachment cannot be opened.
	 */
	public EvidenceLayout actualLayout() {
		Map<Attachment, Integer> pages = new HashMap<>();
		int number = 1;
		for (Attachment a : document.getAttachments()) {
			try (AttachmentSource source = AttachmentSource.open(documentFolder, a, number++)) {
				pages.put(a, source.pages());
			} catch (AttachmentSource.Refused e) {
				return null;
			}
		}
		return EvidenceLayout.of(document.getAttachments(), pages::get);
	}

	/**
	 * Writes the bundle.
	 *
	 * @param monitor progress and cancellation; may be null
	 * @throws EvidenceException when an attachment cannot be used (all of them listed) or the document lists none;
	 *                           nothing is written
	 * @throws IOException       when the bundle cannot be written (the previous file is left as it was)
	 * @throws OperationCanceledException when cancelled (nothing is written)
	 */
	public EvidenceBundle assemble(Path out, IProgressMonitor monitor) throws EvidenceException, IOException {
		List<Attachment> attachments = document.getAttachments();
		if (attachments.isEmpty()) {
			throw new EvidenceException(NLS.bind(Messages.Error_noAttachments, document.getName()), List.of());
		}
		Path target = out.toAbsolutePath().normalize();
		if (target.equals(documentFile)) {
			throw new EvidenceException(NLS.bind(Messages.Error_overwrites, out, documentFile.getFileName()), List.of());
		}
		for (Attachment a : attachments) {
			Path file = AttachmentSource.resolve(documentFolder, a);
			if (target.equals(file)) {
				throw new EvidenceException(NLS.bind(Messages.Error_overwrites, out, a.getFileName()), List.of());
			}
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Cover_title, attachments.size() * 3 + 10);
		List<AttachmentSource> sources = new ArrayList<>();
		try (CjkFont cjk = CjkFont.load()) {
			List<EvidenceProblem> problems = new ArrayList<>();
			int number = 1;
			for (Attachment a : attachments) {
				checkCancel(progress);
				progress.subTask(a.getFileName() == null ? "" : a.getFileName()); //$NON-NLS-1$
				try {
					sources.add(AttachmentSource.open(documentFolder, a, number));
				} catch (AttachmentSource.Refused e) {
					problems.add(e.problem());
				}
				number++;
				progress.worked(1);
			}
			if (!problems.isEmpty()) {
				throw new EvidenceException(NLS.bind(Messages.Error_problems, problems.size(), out), problems);
			}
			Map<Attachment, Integer> pages = new HashMap<>();
			for (AttachmentSource s : sources) {
				pages.put(s.attachment(), s.pages());
			}
			EvidenceLayout layout = EvidenceLayout.of(attachments, pages::get);
			try (PDDocument bundle = new PDDocument()) {
				PDFont font = cjk.embedIn(bundle);
				new Writer(bundle, font, layout, progress).write(sources);
				int front = bundle.getNumberOfPages() - layout.totalPages();
				info(bundle, layout, front);
				checkCancel(progress);
				progress.subTask(out.getFileName().toString());
				AtomicFiles.write(out, stream -> {
					checkCancel(progress);
					bundle.save(stream);
				});
				progress.worked(10);
				return new EvidenceBundle(out, layout, front);
			}
		} finally {
			for (AttachmentSource s : sources) {
				s.close();
			}
		}
	}

	private void info(PDDocument bundle, EvidenceLayout layout, int front) {
		PDDocumentInformation info = bundle.getDocumentInformation();
		info.setTitle(Messages.Cover_title + " — " + (document.getName() == null ? "" : document.getName())); //$NON-NLS-1$ //$NON-NLS-2$
		info.setCreator("ClusterDesk"); //$NON-NLS-1$
		info.setProducer("ClusterDesk (Apache PDFBox)"); //$NON-NLS-1$
		info.setCustomMetadataValue(LAYOUT_KEY, EvidenceBundleReader.encode(layout));
		info.setCustomMetadataValue(FRONT_KEY, Integer.toString(front));
	}

	static void checkCancel(IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** Writes the pages of one bundle. */
	private final class Writer {
		private final PDDocument bundle;
		private final PDFont font;
		private final EvidenceLayout layout;
		private final SubMonitor progress;
		private final List<PDPage> front = new ArrayList<>();
		private final Map<Attachment, PDPage> firstPages = new HashMap<>();
		private final List<PDPage> attachmentPages = new ArrayList<>();
		private final Map<Integer, String> glyphs = new HashMap<>();

		Writer(PDDocument bundle, PDFont font, EvidenceLayout layout, SubMonitor progress) {
			this.bundle = bundle;
			this.font = font;
			this.layout = layout;
			this.progress = progress;
		}

		void write(List<AttachmentSource> sources) throws IOException {
			PDPage cover = cover();
			List<PDPage> toc = toc();
			for (AttachmentSource source : sources) {
				checkCancel(progress);
				progress.subTask(source.file().getFileName().toString());
				List<PDPage> added = add(source);
				firstPages.put(source.attachment(), added.get(0));
				attachmentPages.addAll(added);
				progress.worked(1);
			}
			for (int i = 0; i < front.size(); i++) {
				stamp(front.get(i), NLS.bind(Messages.Stamp_front, roman(i + 1)));
			}
			for (int i = 0; i < attachmentPages.size(); i++) {
				if (i % 50 == 0) {
					checkCancel(progress);
				}
				stamp(attachmentPages.get(i), NLS.bind(Messages.Stamp, Integer.toString(i + 1)));
			}
			progress.worked(sources.size());
			outline(cover, toc.get(0));
		}

		private PDPage cover() throws IOException {
			PDPage page = newPage(PDRectangle.A4);
			PDRectangle box = page.getMediaBox();
			Edition edition = document.getEdition();
			try (PDPageContentStream cs = new PDPageContentStream(bundle, page)) {
				float y = box.getHeight() * 0.68f;
				centred(cs, box, y, 36f, Messages.Cover_title);
				y -= 70f;
				for (String line : wrap(text(document.getName()), 20f, box.getWidth() - 2 * MARGIN)) {
					centred(cs, box, y, 20f, line);
					y -= 30f;
				}
				if (edition != null && edition.getTitle() != null) {
					for (String line : wrap(edition.getTitle(), 14f, box.getWidth() - 2 * MARGIN)) {
						centred(cs, box, y, 14f, line);
						y -= 22f;
					}
				}
				y -= 30f;
				centred(cs, box, y, 14f, NLS.bind(Messages.Cover_summary, layout.entries().size(), layout.totalPages()));
				centred(cs, box, 150f, 14f, NLS.bind(Messages.Cover_date, LocalDate.now().toString()));
				centred(cs, box, 120f, 10f, Messages.Cover_maker);
			}
			return page;
		}

		private List<PDPage> toc() throws IOException {
			List<PDPage> pages = new ArrayList<>();
			PDRectangle a4 = PDRectangle.A4;
			float numberX = MARGIN;
			float titleX = MARGIN + 44f;
			float pagesWidth = 96f;
			float titleWidth = a4.getWidth() - MARGIN - titleX - pagesWidth - 12f;
			PDPageContentStream cs = null;
			float y = 0;
			try {
				for (EvidenceLayout.Entry e : layout.entries()) {
					List<String> lines = wrap(text(e.attachment().getTitle()), TOC_SIZE, titleWidth);
					if (cs == null || y - lines.size() * TOC_LEADING < MARGIN + 30f) {
						if (cs != null) {
							cs.close();
						}
						PDPage page = newPage(a4);
						pages.add(page);
						cs = new PDPageContentStream(bundle, page);
						y = a4.getHeight() - MARGIN - 10f;
						if (pages.size() == 1) {
							centred(cs, a4, y, 20f, Messages.Toc_title);
							y -= 40f;
						}
						show(cs, numberX, y, TOC_SIZE, Messages.Toc_number);
						show(cs, titleX, y, TOC_SIZE, Messages.Toc_name);
						right(cs, a4.getWidth() - MARGIN, y, TOC_SIZE, Messages.Toc_pages);
						y -= 8f;
						cs.moveTo(MARGIN, y);
						cs.lineTo(a4.getWidth() - MARGIN, y);
						cs.stroke();
						y -= TOC_LEADING;
					}
					show(cs, numberX, y, TOC_SIZE, Integer.toString(e.number()));
					right(cs, a4.getWidth() - MARGIN, y, TOC_SIZE, range(e));
					for (String line : lines) {
						show(cs, titleX, y, TOC_SIZE, line);
						y -= TOC_LEADING;
					}
				}
			} finally {
				if (cs != null) {
					cs.close();
				}
			}
			return pages;
		}

		private List<PDPage> add(AttachmentSource source) throws IOException {
			List<PDPage> added = new ArrayList<>();
			if (source.pdf() != null) {
				for (PDPage page : source.pdf().getPages()) {
					added.add(bundle.importPage(page));
				}
				return added;
			}
			boolean landscape = source.imageWidth() > source.imageHeight();
			PDRectangle a4 = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
			PDPage page = newPage(a4);
			PDImageXObject image = PDImageXObject.createFromByteArray(bundle, source.image(), source.file().getFileName().toString());
			float margin = 28f;
			float bottom = 40f; // room for the stamp
			float w = a4.getWidth() - 2 * margin;
			float h = a4.getHeight() - margin - bottom;
			float scale = Math.min(w / source.imageWidth(), h / source.imageHeight());
			float iw = source.imageWidth() * scale;
			float ih = source.imageHeight() * scale;
			try (PDPageContentStream cs = new PDPageContentStream(bundle, page)) {
				cs.drawImage(image, (a4.getWidth() - iw) / 2, bottom + (h - ih) / 2, iw, ih);
			}
			added.add(page);
			return added;
		}

		private PDPage newPage(PDRectangle size) {
			PDPage page = new PDPage(size);
			bundle.addPage(page);
			if (attachmentPages.isEmpty() && firstPages.isEmpty()) {
				front.add(page);
			}
			return page;
		}

		/** Stamps the number at the foot of the page, on a white ground so that it stays legible on a scan. */
		private void stamp(PDPage page, String text) throws IOException {
			PDRectangle box = page.getCropBox();
			int rotation = ((page.getRotation() % 360) + 360) % 360;
			float size = 10f;
			float width = width(text, size);
			try (PDPageContentStream cs = new PDPageContentStream(bundle, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
				if (rotation != 0) {
					// the page is shown turned: turn the stamp with it so that it reads at the foot of the shown page
					float cx = box.getLowerLeftX() + box.getWidth() / 2;
					float cy = box.getLowerLeftY() + box.getHeight() / 2;
					cs.transform(Matrix.getTranslateInstance(cx, cy));
					cs.transform(Matrix.getRotateInstance(Math.toRadians(rotation), 0, 0));
					boolean swap = rotation == 90 || rotation == 270;
					float shownW = swap ? box.getHeight() : box.getWidth();
					float shownH = swap ? box.getWidth() : box.getHeight();
					cs.transform(Matrix.getTranslateInstance(-shownW / 2, -shownH / 2));
					box = new PDRectangle(0, 0, shownW, shownH);
				}
				float x = box.getLowerLeftX() + (box.getWidth() - width) / 2;
				float y = box.getLowerLeftY() + 16f;
				cs.setNonStrokingColor(1f, 1f, 1f);
				cs.addRect(x - 4f, y - 3f, width + 8f, size + 5f);
				cs.fill();
				cs.setNonStrokingColor(0f, 0f, 0f);
				show(cs, x, y, size, text);
			}
		}

		private void outline(PDPage cover, PDPage toc) {
			PDDocumentOutline outline = new PDDocumentOutline();
			bundle.getDocumentCatalog().setDocumentOutline(outline);
			outline.addLast(item(Messages.Outline_cover, cover));
			outline.addLast(item(Messages.Outline_toc, toc));
			Map<Attachment, PDOutlineItem> byAttachment = new HashMap<>();
			for (EvidenceLayout.Entry e : layout.entries()) {
				PDOutlineItem item = item(NLS.bind(Messages.Outline_attachment, new Object[] { e.number(), text(e.attachment().getTitle()), range(e) }),
						firstPages.get(e.attachment()));
				outline.addLast(item);
				byAttachment.put(e.attachment(), item);
			}
			for (Mark mark : marks(document, layout)) {
				EvidenceLayout.Entry e = layout.locate(mark.page());
				byAttachment.get(e.attachment()).addLast(item(NLS.bind(Messages.Outline_item, mark.label(), mark.page()),
						attachmentPages.get(mark.page() - 1)));
			}
			outline.openNode();
		}

		private PDOutlineItem item(String title, PDPage page) {
			PDOutlineItem item = new PDOutlineItem();
			item.setTitle(title);
			PDPageFitDestination destination = new PDPageFitDestination();
			destination.setPage(page);
			item.setDestination(destination);
			return item;
		}

		private void centred(PDPageContentStream cs, PDRectangle box, float y, float size, String text) throws IOException {
			show(cs, (box.getWidth() - width(text, size)) / 2, y, size, text);
		}

		private void right(PDPageContentStream cs, float x, float y, float size, String text) throws IOException {
			show(cs, x - width(text, size), y, size, text);
		}

		private void show(PDPageContentStream cs, float x, float y, float size, String text) throws IOException {
			cs.beginText();
			cs.setFont(font, size);
			cs.newLineAtOffset(x, y);
			cs.showText(printable(text));
			cs.endText();
		}

		private float width(String text, float size) throws IOException {
			return font.getStringWidth(printable(text)) / 1000f * size;
		}

		/** The text with every character the font has no glyph for (a rare 生僻字, an emoji) shown as ？. */
		private String printable(String text) {
			StringBuilder b = new StringBuilder(text.length());
			text.codePoints().forEach(cp -> b.append(glyphs.computeIfAbsent(cp, this::glyph)));
			return b.toString();
		}

		private String glyph(int cp) {
			String c = new String(Character.toChars(cp));
			if (Character.isISOControl(cp)) {
				return " "; //$NON-NLS-1$
			}
			try {
				font.encode(c);
				return c;
			} catch (IOException | IllegalArgumentException e) {
				return "？"; //$NON-NLS-1$
			}
		}

		/** Breaks a text into lines no wider than the width (Chinese breaks anywhere). */
		private List<String> wrap(String text, float size, float maxWidth) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				String c = new String(Character.toChars(cp));
				if (line.length() > 0 && width(line + c, size) > maxWidth) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(c);
				i += Character.charCount(cp);
			}
			if (line.length() > 0 || lines.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}
	}

	/** A bookmark under an attachment: an evidenced item and its P page. */
	public record Mark(String label, int page) {
	}

	/**
	 * The bookmarks of the evidenced items, per attachment in page order: every evidence reference (ticked options,
	 * honours, …) and every 佐证页码 cell (PXX) of the document that points inside the bundle. A reference outside its
	 * attachment or the bundle gets none (validation reports it).
	 */
	public static List<Mark> marks(ClusterDocument document, EvidenceLayout layout) {
		List<Mark> marks = new ArrayList<>();
		for (EvidenceItems.Item evidenced : EvidenceItems.of(document)) {
			EvidenceLayout.Entry e = layout.entry(evidenced.attachment());
			if (e != null && evidenced.page() >= 1 && evidenced.page() <= e.pages()) {
				marks.add(new Mark(evidenced.label(), e.firstPage() + evidenced.page() - 1));
			}
		}
		for (PageReferences.Reference r : PageReferences.find(document)) {
			if (r.cell() && layout.locate(r.page()) != null) {
				marks.add(new Mark(PageReferences.label(r), r.page()));
			}
		}
		marks.sort(java.util.Comparator.comparingInt(Mark::page)); // stable: items on one page keep the form's order
		return marks;
	}

	/** The P range of an attachment as the 目录 prints it. */
	public static String range(EvidenceLayout.Entry e) {
		return e.pages() == 1 ? NLS.bind(Messages.Toc_single, e.firstPage())
				: NLS.bind(Messages.Toc_range, e.firstPage(), e.lastPage());
	}

	private static String text(String s) {
		return s == null ? "" : s.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String roman(int n) {
		String[] r = { "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
		return n <= r.length ? r[n - 1] : Integer.toString(n);
	}
}
