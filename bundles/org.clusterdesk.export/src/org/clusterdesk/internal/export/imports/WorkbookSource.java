/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.clusterdesk.export.ExportException;
import org.eclipse.osgi.util.NLS;
import org.clusterdesk.export.PoiInput;
import org.clusterdesk.export.PoiTempFiles;

/**
 * Opens a workbook for reading only, after looking at what the file really is: a text file or an old .xls named
 * .xlsx, an encrypted workbook (an OLE2 container holding EncryptionInfo), a damaged zip and a zip bomb each give a
 * clear message naming the file. POI's ZipSecureFile limits (inflate ratio, entry size) stay at their defaults.
 */
final class WorkbookSource {

	private WorkbookSource() {
	}

	/** The package, opened read-only: closing it never writes to the file. */
	static OPCPackage open(Path file) throws ExportException {
		if (!Files.isRegularFile(file)) {
			throw new ExportException(NLS.bind(Messages.Error_notFound, file));
		}
		if (!Files.isReadable(file)) {
			throw new ExportException(NLS.bind(Messages.Error_permission, file));
		}
		byte[] head = new byte[8];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		} catch (java.nio.file.AccessDeniedException e) {
			throw new ExportException(NLS.bind(Messages.Error_permission, file), e);
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.Error_read, file, e.getLocalizedMessage()), e);
		}
		if (PoiInput.isOle2(head, n)) {
			throw new ExportException(NLS.bind(isEncrypted(file) ? Messages.Error_encrypted : Messages.Error_legacyXls, file));
		}
		if (!PoiInput.isZip(head, n)) {
			throw new ExportException(NLS.bind(Messages.Error_notXlsx, file));
		}
		try {
			PoiTempFiles.ensure();
			return OPCPackage.open(file.toFile(), PackageAccess.READ);
		} catch (Exception e) {
			throw failure(file, e);
		}
	}

	/** A failure while opening or reading the package, in words: zip bomb, damaged zip or not a workbook. */
	static ExportException failure(Path file, Throwable e) {
		if (e instanceof ExportException export) {
			return export;
		}
		String detail = PoiInput.describe(e);
		if (PoiInput.mentions(e, "doctype")) { //$NON-NLS-1$
			return new ExportException(NLS.bind(Messages.Error_doctype, file, detail), e);
		}
		if (PoiInput.isZipBomb(e)) {
			return new ExportException(NLS.bind(Messages.Error_zipBomb, file, detail), e);
		}
		return new ExportException(NLS.bind(Messages.Error_corrupt, file, detail), e);
	}

	/** Whether POI's ZipSecureFile refused the file (inflate ratio, entry or text size). */
	private static boolean isEncrypted(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

}
