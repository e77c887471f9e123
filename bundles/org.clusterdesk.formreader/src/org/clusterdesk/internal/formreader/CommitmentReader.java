/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CommitmentLetter;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.forms.CommitmentWording;

/**
 * 承诺函 (Jiangsu): 省工业和信息化厅：, the commitments in one paragraph, 特此承诺。, then the bureau, （公章） and the date.
 * The paragraph is split into the sentences the form prescribes (its wording with the cluster's name, as read from the
 * form), each a commitment; text between them that is not a prescribed sentence is a commitment of the letter's own
 * wording — never fitted to a prescribed one. The form's placeholder XXX市工业和信息化局 and 年 月 日 read as empty.
 */
final class CommitmentReader {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	private final GridReader reader;

	CommitmentReader(GridReader reader) {
		this.reader = reader;
	}

	void read(FormSection section, CommitmentLetter letter) {
		List<DocxGrid.Item> items = reader.items();
		String closing = Values.key(Messages.Form_commitmentClosing);
		String seal = Values.key(Messages.Form_commitmentSeal);
		int closingAt = -1;
		for (int i = 0; i < items.size() && closingAt < 0; i++) {
			if (!items.get(i).isRow() && Values.key(items.get(i).paragraph).equals(closing)) {
				closingAt = i;
			}
		}
		if (closingAt < 0) {
			reader.unread(Messages.Place_wholeSection, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		// above 特此承诺。: the salutation (ending in ：) and the commitments
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < closingAt; i++) {
			DocxGrid.Item item = items.get(i);
			if (item.isRow() || item.paragraph.isBlank()) {
				continue;
			}
			String p = item.paragraph.strip();
			if (text.length() == 0 && (p.endsWith("\uff1a") || p.endsWith(":"))) { //$NON-NLS-1$ //$NON-NLS-2$
				letter.setAddressee(p.substring(0, p.length() - 1).strip());
			} else {
				text.append(p);
			}
		}
		letter.getCommitments().clear();
		letter.getCommitments().addAll(split(text.toString(), CommitmentWording.prescribed(reader.document())));
		// below it: the bureau, （公章）, the date
		List<String> below = new ArrayList<>();
		for (int i = closingAt + 1; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (!item.isRow() && !item.paragraph.isBlank()) {
				below.add(item.paragraph.strip());
			}
		}
		String placeholder = null;
		String date = null;
		for (FormRow row : section.getRows()) {
			if (row.getFeature() == P.getCommitmentLetter_IssuingBureau() && row.getNote() != null) {
				placeholder = row.getNote().replace(Messages.Form_commitmentSeal, ""); //$NON-NLS-1$
			}
		}
		letter.setIssuingBureau(null);
		for (int i = 0; i < below.size(); i++) {
			String line = below.get(i);
			String key = Values.key(line);
			if (key.equals(seal)) {
				continue;
			}
			if (key.endsWith(seal)) {
				line = line.substring(0, line.lastIndexOf(Messages.Form_commitmentSeal.charAt(0))).strip();
				key = Values.key(line);
			}
			if (letter.getIssuingBureau() == null && date == null && !looksLikeDate(key)) {
				letter.setIssuingBureau(placeholder != null && key.equals(Values.key(placeholder)) ? null : line);
			} else if (looksLikeDate(key)) {
				date = line;
			}
		}
		try {
			letter.setDate(date == null ? null : Values.date(date));
		} catch (Values.Unreadable e) {
			reader.unread(org.clusterdesk.model.labels.ModelLabels.feature(P.getCommitmentLetter_Date()), date, e.getMessage());
		}
	}

	private static boolean looksLikeDate(String key) {
		return key.endsWith("\u65e5") || key.matches("\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The paragraph's sentences: each prescribed one where it stands, the text between them as sentences of its own. */
	static List<String> split(String text, List<String> prescribed) {
		List<String> result = new ArrayList<>();
		int pos = 0;
		while (pos < text.length()) {
			String made = null;
			for (String sentence : prescribed) {
				if (!sentence.isEmpty() && text.startsWith(sentence, pos)) {
					made = sentence;
					break;
				}
			}
			if (made != null) {
				result.add(made);
				pos += made.length();
				continue;
			}
			int next = text.length();
			for (String sentence : prescribed) {
				int at = sentence.isEmpty() ? -1 : text.indexOf(sentence, pos);
				if (at > pos && at < next) {
					next = at;
				}
			}
			String own = text.substring(pos, next).strip();
			if (!own.isEmpty()) {
				result.add(own);
			}
			pos = next;
		}
		return result;
	}
}
