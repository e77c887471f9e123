/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export;

import java.util.Locale;

/**
 * What every reader of Office files (library workbooks, filled Word forms) needs to tell a clerk why POI refused a
 * file: the file's magic number, and the cause of a POI failure in one sentence.
 */
public final class PoiInput {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private PoiInput() {
	}

	/** Whether the first bytes are a zip's (every .xlsx and .docx). */
	public static boolean isZip(byte[] head, int length) {
		return startsWith(head, length, ZIP);
	}

	/** Whether the first bytes are an OLE2 compound file's: an old .xls/.doc, or an encrypted Office file. */
	public static boolean isOle2(byte[] head, int length) {
		return startsWith(head, length, OLE2);
	}

	/** Whether a message in the cause chain contains the word (lower case). */
	public static boolean mentions(Throwable e, String word) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(word)) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	/** Whether POI refused the file as a zip bomb (ZipSecureFile's limits). */
	public static boolean isZipBomb(Throwable e) {
		return mentions(e, "zip bomb") || mentions(e, "zipsecurefile") || mentions(e, "max size allowed") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| mentions(e, "inflate ratio"); //$NON-NLS-1$
	}

	/** The first line of the first message in the cause chain, else the exception's simple name. */
	public static String describe(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
			root = root.getCause();
		}
		String message = root.getLocalizedMessage();
		if (message == null) {
			return root.getClass().getSimpleName();
		}
		// POI's zip bomb message is a paragraph: its first sentence says enough
		int end = message.indexOf('\n');
		return end > 0 ? message.substring(0, end).trim() : message;
	}

	private static boolean startsWith(byte[] head, int length, byte[] magic) {
		if (length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
