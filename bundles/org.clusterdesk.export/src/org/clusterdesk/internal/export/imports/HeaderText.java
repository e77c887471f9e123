/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compares header texts as people write them: full-width as half-width, without blanks, line breaks, quotes, bracketed
 * notes (（亿元）, （填写企业全称）, （市）) and a leading year (2025年主营业务收入 → 主营业务收入); then equal, contained
 * or similar (shared character pairs), so that 是否规上企业, 规上企业（是/否） and 是否为规上企业 all find the same column.
 */
final class HeaderText {

	private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]|\u3010[^\u3010\u3011]*\u3011"); //$NON-NLS-1$

	private static final Pattern NOISE = Pattern
			.compile("[\\s\"'\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f\u300a\u300b*:\u3001,.\u3002\u00b7_\\-/\\\\]"); //$NON-NLS-1$

	private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}\u5e74"); //$NON-NLS-1$

	/** Character pairs of the aliases and headers compared so far: the same few hundred texts again and again. */
	private static final Map<String, Set<String>> PAIRS = new ConcurrentHashMap<>();

	private static final int MAX_CACHED = 5_000;

	/** Headers are short once their notes are gone; longer texts are data, never compared. */
	static final int MAX_HEADER_LENGTH = 24;

	private HeaderText() {
	}

	static String normalise(String header) {
		if (header == null) {
			return ""; //$NON-NLS-1$
		}
		String text = CellText.halfWidth(header);
		String before;
		do {
			before = text;
			text = BRACKETS.matcher(text).replaceAll(""); //$NON-NLS-1$
		} while (!text.equals(before));
		text = NOISE.matcher(text).replaceAll(""); //$NON-NLS-1$
		text = LEADING_YEAR.matcher(text).replaceFirst(""); //$NON-NLS-1$
		return text.toLowerCase(Locale.ROOT);
	}

	/**
	 * How well a normalised header matches a normalised alias, 0 to 1: 1 equal; 0.7–1 one contains the other (at least
	 * two characters); up to 0.8 × the Dice coefficient of character pairs when that is at least 0.5.
	 */
	static double score(String header, String alias) {
		if (header.isEmpty() || alias.isEmpty()) {
			return 0;
		}
		if (header.equals(alias)) {
			return 1;
		}
		int shorter = Math.min(header.length(), alias.length());
		int longer = Math.max(header.length(), alias.length());
		if (shorter >= 2 && (header.contains(alias) || alias.contains(header))) {
			return 0.7 + 0.3 * shorter / longer;
		}
		double dice = dice(header, alias);
		return dice >= 0.5 ? 0.8 * dice : 0;
	}

	private static double dice(String a, String b) {
		if (a.length() < 2 || b.length() < 2) {
			return 0;
		}
		Set<String> pairsA = pairs(a);
		Set<String> pairsB = pairs(b);
		int common = 0;
		for (String p : pairsA) {
			if (pairsB.contains(p)) {
				common++;
			}
		}
		return 2.0 * common / (pairsA.size() + pairsB.size());
	}

	private static Set<String> pairs(String s) {
		Set<String> known = PAIRS.get(s);
		if (known != null) {
			return known;
		}
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < s.length(); i++) {
			pairs.add(s.substring(i, i + 2));
		}
		if (PAIRS.size() < MAX_CACHED) {
			PAIRS.put(s, pairs);
		}
		return pairs;
	}
}
