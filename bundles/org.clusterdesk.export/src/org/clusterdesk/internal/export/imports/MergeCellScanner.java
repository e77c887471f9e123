/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Finds the merged regions of a worksheet, which the format stores after all the rows, by a byte scan of its XML
 * instead of a second full parse: only tag names are looked at (text cannot hold a raw '&lt;'), and only
 * {@code <mergeCell ref="…"/>} tags are read. About as fast as inflating the part.
 */
final class MergeCellScanner {

	private static final byte[] NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

	private static final Pattern REF = Pattern.compile("\\bref\\s*=\\s*[\"']([A-Za-z0-9:$]+)[\"']"); //$NON-NLS-1$

	/** Merged regions kept: far more than any header uses. */
	private static final int MAX_MERGES = 20_000;

	private static final int TEXT = 0;

	private static final int TAG_NAME = 1;

	private static final int ATTRIBUTES = 2;

	private MergeCellScanner() {
	}

	static List<CellRangeAddress> scan(InputStream sheet) throws IOException {
		List<CellRangeAddress> merges = new ArrayList<>();
		byte[] buffer = new byte[1 << 16];
		byte[] name = new byte[64];
		byte[] attributes = new byte[512];
		int nameLength = 0;
		int attributesLength = 0;
		int state = TEXT;
		for (int n = sheet.read(buffer); n >= 0; n = sheet.read(buffer)) {
			for (int i = 0; i < n; i++) {
				byte b = buffer[i];
				switch (state) {
				case TEXT -> {
					if (b == '<') {
						state = TAG_NAME;
						nameLength = 0;
					}
				}
				case TAG_NAME -> {
					if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '/' || b == '>') {
						if (isMergeCell(name, nameLength) && b != '>') {
							state = ATTRIBUTES;
							attributesLength = 0;
						} else {
							state = TEXT;
						}
					} else if (nameLength < name.length) {
						name[nameLength++] = b;
					} else {
						state = TEXT;
					}
				}
				default -> {
					if (b == '>') {
						add(merges, new String(attributes, 0, attributesLength, StandardCharsets.US_ASCII));
						state = TEXT;
					} else if (attributesLength < attributes.length) {
						attributes[attributesLength++] = b;
					}
				}
				}
			}
		}
		return merges;
	}

	/** mergeCell or prefix:mergeCell, not mergeCells. */
	private static boolean isMergeCell(byte[] name, int length) {
		int start = length - NAME.length;
		if (start < 0 || start > 0 && name[start - 1] != ':') {
			return false;
		}
		for (int i = 0; i < NAME.length; i++) {
			if (name[start + i] != NAME[i]) {
				return false;
			}
		}
		return true;
	}

	private static void add(List<CellRangeAddress> merges, String attributes) {
		Matcher m = REF.matcher(attributes);
		if (m.find() && merges.size() < MAX_MERGES) {
			try {
				merges.add(CellRangeAddress.valueOf(m.group(1)));
			} catch (IllegalArgumentException e) {
				// a damaged reference merges nothing
			}
		}
	}
}
