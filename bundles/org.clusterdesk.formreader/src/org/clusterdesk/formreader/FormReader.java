/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.clusterdesk.internal.formreader.DocxGrid;
import org.clusterdesk.internal.formreader.EditionFinder;
import org.clusterdesk.internal.formreader.GridReader;
import org.clusterdesk.internal.formreader.Messages;
import org.clusterdesk.internal.formreader.SafeDocx;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.editions.EditionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Reads a filled official Word form (.docx) of any edition back into a new document: the edition from the title and
 * issuer on the cover (or as given), then every row of the edition found by the form's own wording of it (its layout
 * description beside the edition). What cannot be read is listed per place and left empty — never guessed.
 */
public final class FormReader {

	private FormReader() {
	}

	/**
	 * Reads the file.
	 *
	 * @param editionId the edition to read it as, or null to recognise it from the cover
	 * @param monitor   progress and cancellation (may be null)
	 * @throws FormReadException the file is not a Word document that can be read safely, or not a form of a known
	 *                           edition (the message names the file and why)
	 */
	public static FormReadResult read(Path file, String editionId, IProgressMonitor monitor) throws FormReadException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Task_read, file.getFileName()), 100);
		List<Edition> editions = EditionRegistry.getDefault().getEditions();
		Edition given = null;
		if (editionId != null) {
			given = EditionRegistry.getDefault().getEdition(editionId);
			if (given == null) {
				throw new FormReadException(NLS.bind(Messages.Error_noSuchEdition, editionId, ids(editions)));
			}
		}
		{
			DocxGrid grid = SafeDocx.read(file);
			progress.worked(40);
			Edition edition = given != null ? given : EditionFinder.recognise(grid, editions);
			if (edition == null) {
				throw new FormReadException(NLS.bind(Messages.Error_unknownEdition, file, ids(editions)));
			}
			GridReader reader = new GridReader(edition);
			SubMonitor sections = progress.split(60).setWorkRemaining(edition.getSections().size());
			reader.read(grid, () -> {
				if (sections.isCanceled()) {
					throw new OperationCanceledException();
				}
				sections.worked(1);
			});
			return new FormReadResult(reader.document(), edition.getId(), reader.unread());
		}
	}

	private static String ids(List<Edition> editions) {
		return editions.stream().map(Edition::getId).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
