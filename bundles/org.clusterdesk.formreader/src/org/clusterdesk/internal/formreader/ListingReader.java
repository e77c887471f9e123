/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.util.List;

import org.clusterdesk.model.AdministrativeLevel;
import org.clusterdesk.model.ApprovedListing;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.ListingKind;
import org.clusterdesk.model.labels.ModelLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * A list of approved names under its caption (省级及以上集群技术创新载体, 省级及以上绿色工厂、绿色供应链企业名单, 省级及以上
 * 公共服务平台): the header 名称 | 级别 | 批准单位 | 批准时间 (the carriers: 技术创新载体名称 | 级别 | 批准时间 | 批准单位), its
 * columns found by their wording, then one row per listing — rows added by the filer included — while the rows keep
 * the header's columns.
 * <p>
 * The form has no column for a listing's kind: the list says which kinds it holds, and the name says which one a
 * listing is where the list holds more than one (…工业设计中心, …绿色供应链管理企业). A name that words none of them is
 * read as the list's general kind where it has one (技术创新载体: the note counts 工业设计中心 among them), else its kind
 * is reported and left empty.
 */
final class ListingReader {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	private final GridReader reader;

	ListingReader(GridReader reader) {
		this.reader = reader;
	}

	/** The kinds a list holds, the general one (if any) first. */
	static List<ListingKind> kinds(EReference list) {
		if (list == P.getInnovationIndicators_Carriers()) {
			return List.of(ListingKind.TECHNOLOGY_CARRIER, ListingKind.DESIGN_CENTRE);
		}
		if (list == P.getGreenIndicators_Listings()) {
			return List.of(ListingKind.GREEN_FACTORY, ListingKind.GREEN_SUPPLY_CHAIN);
		}
		if (list == P.getPublicServiceIndicators_Platforms()) {
			return List.of(ListingKind.PUBLIC_SERVICE_PLATFORM);
		}
		return List.of();
	}

	/** Whether the list's first kind stands for the others too (技术创新载体 includes 工业设计中心). */
	private static boolean general(EReference list) {
		return list == P.getInnovationIndicators_Carriers() || list == P.getPublicServiceIndicators_Platforms();
	}

	void read(FormRow row, EObject owner, EReference reference) {
		String label = reader.layout().label(row);
		@SuppressWarnings("unchecked")
		List<ApprovedListing> list = (List<ApprovedListing>) owner.eGet(reference);
		list.clear();
		GridReader.Match m = reader.find(label, false);
		List<DocxGrid.Item> items = reader.items();
		int at = m == null ? -1 : next(items, m.index);
		if (at < 0) {
			reader.unread(label, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		DocxGrid.Item headerRow = items.get(at);
		HeaderColumns header = HeaderColumns.of(headerRow, null);
		int level = header.column(ModelLabels.feature(P.getApprovedListing_Level()));
		int approver = header.column(ModelLabels.feature(P.getApprovedListing_Approver()));
		int approvedOn = header.column(ModelLabels.feature(P.getApprovedListing_ApprovedOn()));
		// the name's header: 名称, or the list's own wording of it (技术创新载体名称) — the column left of 级别
		int name = header.column(ModelLabels.feature(P.getApprovedListing_Name()));
		if (name < 0 && level > 0) {
			name = 0;
		}
		if (level < 0 || approver < 0 || approvedOn < 0 || name < 0) {
			reader.unread(label, headerRow.toString(), Messages.Reason_noHeader);
			return;
		}
		headerRow.used = true;
		int[] columns = HeaderColumns.starts(headerRow);
		for (int i = at + 1; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (!item.isRow() || item.used || item.table != headerRow.table || !java.util.Arrays.equals(HeaderColumns.starts(item), columns)) {
				break;
			}
			item.used = true;
			reader.readTo(i);
			if (header.isHeader(item) || item.cells.stream().allMatch(c -> c.text().isBlank())) {
				continue; // the header again, or an empty row left in the table
			}
			ApprovedListing listing = P.getClusterDeskFactory().createApprovedListing();
			String text = HeaderColumns.cellAt(item, name);
			listing.setName(blankToNull(text));
			String place = NLS.bind(Messages.Place_sub, label, text);
			listing.setApprover(blankToNull(HeaderColumns.cellAt(item, approver)));
			String levelText = HeaderColumns.cellAt(item, level);
			if (!Values.isNothing(levelText)) {
				AdministrativeLevel value = level(levelText);
				if (value == null) {
					reader.unread(NLS.bind(Messages.Place_sub, place, ModelLabels.feature(P.getApprovedListing_Level())), levelText,
							Messages.Reason_noOption);
				} else {
					listing.setLevel(value);
				}
			}
			String month = HeaderColumns.cellAt(item, approvedOn);
			try {
				listing.setApprovedOn(Values.yearMonth(month));
			} catch (Values.Unreadable e) {
				reader.unread(NLS.bind(Messages.Place_sub, place, ModelLabels.feature(P.getApprovedListing_ApprovedOn())), month, e.getMessage());
			}
			ListingKind kind = kind(reference, listing.getName());
			if (kind == null) {
				reader.unread(NLS.bind(Messages.Place_sub, place, ModelLabels.feature(P.getApprovedListing_Kind())), text,
						Messages.Reason_kindNotNamed);
			} else {
				listing.setKind(kind);
			}
			list.add(listing);
		}
	}

	/** The kind a listing's name words among its list's kinds; the list's general kind, else null. */
	static ListingKind kind(EReference list, String name) {
		List<ListingKind> kinds = kinds(list);
		if (kinds.isEmpty()) {
			return null;
		}
		String key = Values.key(name);
		ListingKind named = null;
		for (ListingKind kind : kinds) {
			if (key.contains(Values.key(ModelLabels.literal(kind)))) {
				if (named != null) {
					return general(list) ? kinds.get(0) : null;
				}
				named = kind;
			}
		}
		if (named != null) {
			return named;
		}
		return general(list) ? kinds.get(0) : null;
	}

	/** 国家级 / 省级 / 市级, as the form words them. */
	static AdministrativeLevel level(String text) {
		String key = Values.key(text);
		for (AdministrativeLevel level : AdministrativeLevel.VALUES) {
			if (!"NONE".equals(level.getName()) && Values.key(ModelLabels.literal(level)).equals(key)) { //$NON-NLS-1$
				return level;
			}
		}
		return null;
	}

	/** The row after the caption: the list's header. */
	private static int next(List<DocxGrid.Item> items, int index) {
		return index + 1 < items.size() && items.get(index + 1).isRow() ? index + 1 : -1;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
