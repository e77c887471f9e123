/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.clusterdesk.export.PoiInput;
import org.clusterdesk.export.PoiTempFiles;
import org.clusterdesk.formreader.FormReadException;
import org.eclipse.osgi.util.NLS;

/**
 * Opens a Word file for reading only, after looking at what it really is, as the workbook import does: a missing or
 * unreadable file, a file too large to be a form, not a zip, an encrypted or old .doc (OLE2), a macro-enabled document
 * (.docm, or a vbaProject inside a .docx), a zip bomb (POI's ZipSecureFile limits at their defaults) and a DOCTYPE
 * (POI's XML parsing refuses it: no external entity is ever fetched) each give one sentence naming the file.
 */
public final class SafeDocx {

	/** The largest file read: a filled form with four full libraries is a few MB; the docx export stops at 20 000 rows. */
	public static final long MAX_BYTES = 200L * 1024 * 1024;

	private static final String MACRO_CONTENT = "macroenabled"; //$NON-NLS-1$

	private SafeDocx() {
	}

	/** The body of the file's main document, read without changing the file. */
	public static DocxGrid read(Path file) throws FormReadException {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (name.endsWith(".docm") || name.endsWith(".dotm")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new FormReadException(NLS.bind(Messages.Error_macros, file));
		}
		if (!Files.isRegularFile(file)) {
			throw new FormReadException(NLS.bind(Messages.Error_notFound, file));
		}
		if (!Files.isReadable(file)) {
			throw new FormReadException(NLS.bind(Messages.Error_permission, file));
		}
		byte[] head = new byte[8];
		int n;
		long size;
		try (InputStream in = Files.newInputStream(file)) {
			size = Files.size(file);
			n = in.readNBytes(head, 0, head.length);
		} catch (AccessDeniedException e) {
			throw new FormReadException(NLS.bind(Messages.Error_permission, file), e);
		} catch (IOException e) {
			throw new FormReadException(NLS.bind(Messages.Error_read, file, e.getLocalizedMessage()), e);
		}
		if (size > MAX_BYTES) {
			throw new FormReadException(NLS.bind(Messages.Error_tooLarge, file, String.valueOf(MAX_BYTES / (1024 * 1024))));
		}
		if (PoiInput.isOle2(head, n)) {
			throw new FormReadException(NLS.bind(Messages.Error_oldOrEncrypted, file));
		}
		if (!PoiInput.isZip(head, n)) {
			throw new FormReadException(NLS.bind(Messages.Error_notDocx, file));
		}
		if (hasMacros(file)) {
			throw new FormReadException(NLS.bind(Messages.Error_macros, file));
		}
		OPCPackage pkg = null;
		try {
			PoiTempFiles.ensure();
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			for (PackagePart part : pkg.getParts()) {
				String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT); //$NON-NLS-1$
				String partName = part.getPartName().getName().toLowerCase(Locale.ROOT);
				if (type.contains(MACRO_CONTENT) || type.contains("vbaproject") || partName.contains("vbaproject")) { //$NON-NLS-1$ //$NON-NLS-2$
					throw new FormReadException(NLS.bind(Messages.Error_macros, file));
				}
			}
			PackagePart main = main(pkg);
			if (main == null) {
				throw new FormReadException(NLS.bind(Messages.Error_notDocx, file));
			}
			try (InputStream in = main.getInputStream()) {
				return DocxGrid.of(in);
			}
		} catch (FormReadException e) {
			throw e;
		} catch (DocxGrid.DoctypeException e) {
			throw new FormReadException(NLS.bind(Messages.Error_doctype, file, "DOCTYPE"), e); //$NON-NLS-1$
		} catch (Exception | StackOverflowError e) {
			throw failure(file, e);
		} finally {
			if (pkg != null) {
				pkg.revert();
			}
		}
	}

	/** The main document part: the officeDocument relationship's target, else /word/document.xml. */
	private static PackagePart main(OPCPackage pkg) throws Exception {
		var rels = pkg.getRelationshipsByType(org.apache.poi.openxml4j.opc.PackageRelationshipTypes.CORE_DOCUMENT);
		if (rels.size() > 0) {
			PackagePart part = pkg.getPart(rels.getRelationship(0));
			if (part != null) {
				return part;
			}
		}
		for (PackagePart part : pkg.getParts()) {
			if (part.getPartName().getName().equals("/word/document.xml")) { //$NON-NLS-1$
				return part;
			}
		}
		return null;
	}

	/**
	 * Whether the package holds a VBA project or declares a macro-enabled main part, looked up in the zip's directory
	 * and its [Content_Types].xml (read up to 1 MB) before POI parses anything.
	 */
	private static boolean hasMacros(Path file) {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			var entries = zip.entries();
			while (entries.hasMoreElements()) {
				java.util.zip.ZipEntry entry = entries.nextElement();
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if (name.contains("vbaproject") || name.endsWith(".bin") && name.contains("vba")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					return true;
				}
				if (name.equals("[content_types].xml")) { //$NON-NLS-1$
					try (InputStream in = zip.getInputStream(entry)) {
						String types = new String(in.readNBytes(1024 * 1024), java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
						if (types.contains(MACRO_CONTENT) || types.contains("vbaproject")) { //$NON-NLS-1$
							return true;
						}
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			// not a readable zip: POI says what is wrong with it below
		}
		return false;
	}

	private static FormReadException failure(Path file, Throwable e) {
		String detail = PoiInput.describe(e);
		if (PoiInput.mentions(e, "doctype")) { //$NON-NLS-1$
			return new FormReadException(NLS.bind(Messages.Error_doctype, file, detail), e);
		}
		if (PoiInput.isZipBomb(e)) {
			return new FormReadException(NLS.bind(Messages.Error_zipBomb, file, detail), e);
		}
		return new FormReadException(NLS.bind(Messages.Error_corrupt, file, detail), e);
	}

}
