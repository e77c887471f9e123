/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clusterdesk.charts.TrendCharts;
import org.clusterdesk.charts.TrendSeries;
import org.eclipse.osgi.util.NLS;

/**
 * The appendix (附件) with the indicator trend charts, after the form: the charts the editor's overview shows, as
 * pictures, two to a portrait page, each with a numbered caption. The form's own pages stay as the form prints them.
 */
final class ChartAppendixWriter {

	private final ExportContext ctx;

	ChartAppendixWriter(ExportContext ctx) {
		this.ctx = ctx;
	}

	void write() {
		DocxBody body = ctx.body();
		if (!body.orientation(false)) {
			body.pageBreak();
		}
		body.paragraph(DocxStyles.HEADING1, Messages.Appendix_title, ParagraphAlignment.CENTER);
		List<TrendSeries> charts = TrendCharts.of(ctx.document());
		if (charts.isEmpty()) {
			body.paragraph(DocxStyles.NOTE, Messages.Appendix_empty);
			return;
		}
		body.paragraph(DocxStyles.NOTE, Messages.Appendix_note);
		for (int i = 0; i < charts.size(); i++) {
			TrendSeries series = charts.get(i);
			XWPFParagraph picture = body.paragraph(DocxStyles.TABLE, null, ParagraphAlignment.CENTER);
			picture.setKeepNext(true);
			try {
				picture.createRun().addPicture(new ByteArrayInputStream(TrendCharts.picture(series)), Document.PICTURE_TYPE_PNG,
						"chart" + (i + 1) + ".png", Units.toEMU(TrendCharts.PICTURE_WIDTH), Units.toEMU(TrendCharts.PICTURE_HEIGHT)); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (InvalidFormatException | IOException e) {
				// an in-memory PNG of a known type: neither happens
				throw new IllegalStateException(e);
			}
			body.paragraph(DocxStyles.NOTE, NLS.bind(Messages.Appendix_caption, String.valueOf(i + 1), series.indicator().label()),
					ParagraphAlignment.CENTER);
			ctx.checkCanceled();
		}
	}
}
