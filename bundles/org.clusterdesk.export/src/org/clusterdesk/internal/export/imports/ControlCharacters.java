/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Characters a document cannot keep: C0 control characters other than tab, line feed and carriage return (a shared
 * string's {@code _x0001_} escape, pasted terminal output) and lone UTF-16 surrogates. XML 1.0 cannot hold them, so a
 * .cluster with one could not be saved; the import removes them and says which cells it changed.
 */
final class ControlCharacters {

	private ControlCharacters() {
	}

	private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_"); //$NON-NLS-1$

	/**
	 * The text with OOXML's {@code _xHHHH_} escapes decoded, as Excel shows them ({@code _x0001_} is U+0001); POI's
	 * streaming reader leaves them as written.
	 */
	static String decodeEscapes(String text) {
		if (text.indexOf("_x") < 0) { //$NON-NLS-1$
			return text;
		}
		Matcher matcher = ESCAPE.matcher(text);
		StringBuilder decoded = new StringBuilder(text.length());
		while (matcher.find()) {
			matcher.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
		}
		matcher.appendTail(decoded);
		return decoded.toString();
	}

	/** Whether the text holds a character {@link #strip(String)} removes. */
	static boolean has(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (bad(text, i)) {
				return true;
			}
		}
		return false;
	}

	/** The text without control characters and lone surrogates. */
	static String strip(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			if (!bad(text, i)) {
				kept.append(text.charAt(i));
			}
		}
		return kept.toString();
	}

	/** The text with each removed character shown as U+0001, for the problem list. */
	static String visible(String text) {
		StringBuilder shown = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length() && shown.length() < 200; i++) {
			if (bad(text, i)) {
				shown.append(String.format("<U+%04X>", (int) text.charAt(i))); //$NON-NLS-1$
			} else {
				shown.append(text.charAt(i));
			}
		}
		return shown.toString();
	}

	private static boolean bad(String text, int i) {
		char c = text.charAt(i);
		if (c < 0x20) {
			return c != '\t' && c != '\n' && c != '\r';
		}
		if (c == 0xFFFE || c == 0xFFFF) {
			return true;
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
		}
		return false;
	}
}
