/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CommitmentLetter;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.forms.FormLayout;
import org.clusterdesk.model.forms.FormRows;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.clusterdesk.export.PoiTempFiles;

/**
 * Builds the Word document of a cluster document from its edition: the edition is the layout (cover rows, 填报说明,
 * sections in form order with their rows, which sections start a page), and each row is printed by the kind of value
 * it holds. A modeller who adds an edition adds its .edition file; nothing here knows an edition by name.
 */
public final class DocxDocumentWriter {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	/** 一 … 十: a part of the form, printed 一、基本情况. */
	private static final Pattern PART = Pattern.compile("[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]+"); //$NON-NLS-1$

	/** 2.1 …: a subsection, printed 2.1 集群主要经济指标, continuing its part's page. */
	private static final Pattern SUBSECTION = Pattern.compile("\\d+(\\.\\d+)+"); //$NON-NLS-1$

	private static final int SECTION_WORK = 10;

	private DocxDocumentWriter() {
	}

	/**
	 * Writes the document.
	 *
	 * @param draft       whether the pages carry the 草稿 header
	 * @param trendCharts whether the trend-chart appendix follows the form
	 */
	public static XWPFDocument write(ClusterDocument document, boolean draft, boolean trendCharts, SubMonitor monitor) {
		return write(document, draft, trendCharts, DocxRenderers.standard(), monitor);
	}

	/**
	 * Writes the document, its tables of figures with the given renderers (the standard ones, or with others that bid
	 * higher for some cells).
	 *
	 * @param draft       whether the pages carry the 草稿 header
	 * @param trendCharts whether the trend-chart appendix follows the form
	 */
	public static XWPFDocument write(ClusterDocument document, boolean draft, boolean trendCharts, DocxRenderers renderers,
			SubMonitor monitor) {
		Edition edition = document.getEdition();
		PoiTempFiles.ensure();
		XWPFDocument docx = new XWPFDocument();
		try {
			DocxStyles.install(docx);
			DocxBody body = new DocxBody(docx);
			DocxPages.headerAndFooter(docx, draft);
			List<FormSection> sections = edition.getSections();
			int libraryRows = 0;
			for (FormSection section : sections) {
				if (LibraryWriter.handles(section)) {
					for (EObject o : FormRows.sectionObjects(document, section)) {
						libraryRows += LibraryWriter.size(o);
					}
				}
			}
			monitor.setWorkRemaining(sections.size() * SECTION_WORK + libraryRows + (trendCharts ? SECTION_WORK : 0));
			ExportContext ctx = new ExportContext(document, body, renderers, monitor);
			new DocxDocumentWriter.Sections(ctx).write(sections);
			if (AttachmentIndexWriter.applies(ctx)) {
				new AttachmentIndexWriter(ctx).write(endsWithEvidencePart(edition));
			}
			if (trendCharts) {
				new ChartAppendixWriter(ctx).write();
				monitor.worked(SECTION_WORK);
			}
			body.finish();
			return docx;
		} catch (RuntimeException e) {
			close(docx);
			throw e;
		}
	}

	/**
	 * Whether the form ends with a part that prints its heading only, the evidence going after it (the competition
	 * report's 八、佐证材料): the attachments index then follows under that heading, on its page.
	 */
	private static boolean endsWithEvidencePart(Edition edition) {
		List<FormSection> sections = edition.getSections();
		if (sections.isEmpty()) {
			return false;
		}
		FormSection last = sections.get(sections.size() - 1);
		return !last.getRows().isEmpty() && last.getRows().stream().anyMatch(r -> r.getFeature() == P.getClusterDocument_Attachments())
				&& FormLayout.of(edition).printed(last).isEmpty();
	}

	private static void close(XWPFDocument docx) {
		try {
			docx.close();
		} catch (java.io.IOException e) {
			// nothing was written: closing an unsaved document cannot lose anything
		}
	}

	/** The sections in form order. */
	private static final class Sections {

		private final ExportContext ctx;

		Sections(ExportContext ctx) {
			this.ctx = ctx;
		}

		void write(List<FormSection> sections) {
			FormSection previous = null;
			for (int i = 0; i < sections.size(); i++) {
				FormSection section = sections.get(i);
				if (i == 0 && section.getFeature() == null && !section.isNewPage()) {
					new CoverWriter(ctx).write(section);
					instructions();
				} else {
					boolean turned = ctx.body().orientation(LibraryWriter.handles(section));
					if (!turned && startsPage(section, previous)) {
						ctx.body().pageBreak();
					}
					heading(section);
					content(section);
				}
				previous = section;
				ctx.monitor().worked(SECTION_WORK);
				ctx.checkCanceled();
			}
		}

		/** 填报说明, numbered, on the page after the cover. */
		private void instructions() {
			ctx.body().pageBreak();
			List<String> items = ctx.edition().getInstructions();
			if (items.isEmpty()) {
				return;
			}
			ctx.body().paragraph(DocxStyles.HEADING1, Messages.Instructions_title, ParagraphAlignment.CENTER);
			for (int i = 0; i < items.size(); i++) {
				ctx.body().paragraph(DocxStyles.BODY, NLS.bind(Messages.Instructions_item, String.valueOf(i + 1), items.get(i)));
			}
		}

		/**
		 * A section marked newPage starts a page; so does a part that follows one (一至七部分不得串页: no part shares a page
		 * with them). Subsections (2.2 after 2.1) continue their part.
		 */
		private static boolean startsPage(FormSection section, FormSection previous) {
			if (section.isNewPage()) {
				return true;
			}
			return previous != null && previous.isNewPage() && !isSubsection(section);
		}

		private static boolean isSubsection(FormSection section) {
			return section.getNumber() != null && SUBSECTION.matcher(section.getNumber()).matches();
		}

		private void heading(FormSection section) {
			if (section.getPartTitle() != null) {
				// a part without rows of its own (二、集群发展总体情况): its heading, then the first subsection's
				ctx.body().paragraph(DocxStyles.HEADING1, section.getPartNumber() == null ? section.getPartTitle()
						: NLS.bind(Messages.Heading_part, section.getPartNumber(), section.getPartTitle()));
			}
			String number = section.getNumber();
			String title = section.getTitle();
			if (number != null && PART.matcher(number).matches()) {
				ctx.body().paragraph(DocxStyles.HEADING1, NLS.bind(Messages.Heading_part, number, title));
			} else if (isSubsection(section)) {
				ctx.body().paragraph(DocxStyles.HEADING2, NLS.bind(Messages.Heading_numbered, number, title));
			} else {
				// a document of its own within the form (承诺函, 撰写提纲): its title centred
				ctx.body().paragraph(DocxStyles.HEADING1, title != null ? title : number, ParagraphAlignment.CENTER);
			}
		}

		private void content(FormSection section) {
			List<EObject> objects = FormRows.sectionObjects(ctx.document(), section);
			EObject first = objects.isEmpty() ? null : objects.get(0);
			EClass type = section.getFeature() == null ? null : section.getFeature().getEReferenceType();
			if (type == P.getPlanSection()) {
				new PlanWriter(ctx).plan(section, first instanceof PlanSection plan ? plan : null);
			} else if (type == P.getReviewSection()) {
				new PlanWriter(ctx).review(section, first instanceof ReviewSection review ? review : null);
			} else if (type == P.getWritingOutline()) {
				new LetterWriter(ctx).outline(section, first);
			} else if (type == P.getCommitmentLetter()) {
				new LetterWriter(ctx).commitment(section, first instanceof CommitmentLetter ? first : null);
			} else if (LibraryWriter.handles(section)) {
				new LibraryWriter(ctx).write(section, first);
			} else if (DeclarationWriter.handles(section)) {
				new DeclarationWriter(ctx).write(section, first);
			} else if (objects.isEmpty()) {
				new FormTableWriter(ctx).write(section, null);
			} else if (objects.size() == 1) {
				new FormTableWriter(ctx).write(section, first);
			} else {
				// a repeated section (two core parks, 另行加行): each of its subsections holds every object in turn
				new FormTableWriter(ctx).writeRepeated(section, objects);
			}
		}
	}
}
