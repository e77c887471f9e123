/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.clusterdesk.formreader.FormReadException;
import org.clusterdesk.formreader.FormReadResult;
import org.clusterdesk.formreader.FormReader;
import org.clusterdesk.formreader.UnreadPlace;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.clusterdesk.model.resource.OutputPaths;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * {@code clusterdesk import FORM.docx --out NEW.cluster [--edition ID] [--replace]}: a filled Word form read into a new
 * document. Every place that could not be read is printed, one line each, and left empty; the document is written
 * atomically, and an existing file only with {@code --replace} (its previous version kept as .bak).
 */
final class FormImport {

	private FormImport() {
	}

	/** Whether a file is to be read as a Word form (by its name: .docx, and .docm to be refused with its reason). */
	static boolean isForm(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return name.endsWith(".docx") || name.endsWith(".docm"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static int run(Path form, Path out, String edition, boolean replace, Console console) throws UsageException {
		if (out == null) {
			throw new UsageException(Messages.ImportForm_noOut);
		}
		if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".cluster")) { //$NON-NLS-1$
			throw new UsageException(NLS.bind(Messages.ImportForm_outExtension, out));
		}
		try {
			OutputPaths.checkDistinct(List.of(form), List.of(out));
		} catch (OutputPaths.ConflictException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		if (Files.exists(out) && !replace) {
			console.err().println(NLS.bind(Messages.ImportForm_exists, out));
			return ExitCodes.BAD_INPUT;
		}
		console.working().on(form);
		FormReadResult result;
		try {
			result = FormReader.read(form, edition, null);
		} catch (FormReadException e) {
			console.err().println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		for (UnreadPlace place : result.unread()) {
			console.out().println("  " + place); //$NON-NLS-1$
		}
		try {
			Resource resource = ClusterFiles.createResourceSet().createResource(URI.createFileURI(out.toAbsolutePath().toString()));
			resource.getContents().add(result.document());
			console.working().saving(out);
			ClusterFiles.save(resource, out);
			console.working().saved();
		} catch (IOException | RuntimeException e) {
			console.err().println(NLS.bind(Messages.Import_saveFailed, out, e.getMessage()));
			return ExitCodes.BAD_INPUT;
		}
		console.out().println(NLS.bind(Messages.ImportForm_saved,
				new Object[] { out, result.editionId(), String.valueOf(result.unread().size()) }));
		return result.unread().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
	}

	/** A form read for a batch review: the document, or the reason as a load failure naming the file. */
	static org.clusterdesk.model.ClusterDocument load(Path form) throws ClusterLoadException {
		try {
			return FormReader.read(form, null, null).document();
		} catch (FormReadException e) {
			throw new ClusterLoadException(form, 0, 0, e.getMessage(), e);
		}
	}
}
