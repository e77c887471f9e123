/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormSection;

/**
 * Which edition a Word file is a form of: its title on the cover (中小企业特色产业集群申报表, …复核申报表, 集群申报表), the
 * issuer under it (工业和信息化部 制, 陕西省工业和信息化厅 制) and the section headings the form has. Several editions share
 * a title; the issuer and the headings tell them apart. Null when no edition's title is there.
 */
public final class EditionFinder {

	private EditionFinder() {
	}

	public static Edition recognise(DocxGrid grid, List<Edition> editions) {
		List<String> paragraphs = new ArrayList<>();
		for (DocxGrid.Item item : grid.items()) {
			if (!item.isRow() && !item.paragraph.isBlank()) {
				paragraphs.add(Values.key(item.paragraph));
			}
		}
		Edition best = null;
		int bestScore = 0;
		for (Edition edition : editions) {
			int score = score(edition, paragraphs);
			if (score > bestScore) {
				best = edition;
				bestScore = score;
			}
		}
		return best;
	}

	private static int score(Edition edition, List<String> paragraphs) {
		String title = Values.key(edition.getTitle());
		// the title within the first paragraphs (after 附件1 and the like): without it, not this edition
		int titleAt = -1;
		for (int i = 0; i < Math.min(paragraphs.size(), 12); i++) {
			if (paragraphs.get(i).equals(title)) {
				titleAt = i;
				break;
			}
		}
		if (titleAt < 0) {
			return 0;
		}
		int score = 100;
		String issuer = edition.getIssuer() == null ? null : Values.key(edition.getIssuer());
		if (issuer != null && !issuer.isEmpty()) {
			for (int i = titleAt; i < Math.min(paragraphs.size(), titleAt + 40); i++) {
				if (paragraphs.get(i).startsWith(issuer) && paragraphs.get(i).length() <= issuer.length() + 2) {
					score += 50;
					break;
				}
			}
		}
		for (FormSection section : edition.getSections()) {
			for (String heading : SectionSegments.headings(section)) {
				if (paragraphs.contains(heading)) {
					score += 2;
					break;
				}
			}
		}
		return score;
	}
}
