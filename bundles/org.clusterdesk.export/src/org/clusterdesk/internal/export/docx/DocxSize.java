/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.LibraryRow;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/**
 * The limit of the Word export. POI builds the whole document in memory (about 26 KB per library row: a 200 000-row
 * report needed 5.3 GB), so a document beyond {@link #MAX_ROWS} library rows is refused before any work with a
 * message that points to the Excel export, which streams.
 */
public final class DocxSize {

	/** Library rows (all four libraries together) a Word export accepts: about 0.5 GB of memory at most. */
	public static final int MAX_ROWS = 20_000;

	private DocxSize() {
	}

	/** The library rows of the document, counted up to just beyond the limit. */
	public static int rows(ClusterDocument document) {
		int rows = 0;
		for (TreeIterator<EObject> all = document.eAllContents(); all.hasNext() && rows <= MAX_ROWS;) {
			if (all.next() instanceof LibraryRow) {
				rows++;
				all.prune(); // a row's own contents are not rows
			}
		}
		return rows;
	}
}
