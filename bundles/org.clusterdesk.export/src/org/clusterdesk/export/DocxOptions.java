/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export;

/**
 * What a Word export writes besides the form itself.
 *
 * @param mode        draft or final
 * @param trendCharts whether an appendix (附件) with the indicator trend charts follows the form, as pictures
 */
public record DocxOptions(ExportMode mode, boolean trendCharts) {

	public DocxOptions {
		if (mode == null) {
			throw new IllegalArgumentException("mode"); //$NON-NLS-1$
		}
	}

	/** The form alone, in the given mode. */
	public static DocxOptions of(ExportMode mode) {
		return new DocxOptions(mode, false);
	}

	/** The same export with the trend-chart appendix. */
	public DocxOptions withTrendCharts() {
		return new DocxOptions(mode, true);
	}
}
