/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterdesk.internal.export.xlsx.LibraryColumn;
import org.clusterdesk.internal.export.xlsx.LibraryField;
import org.clusterdesk.internal.export.xlsx.LibraryTable;

/**
 * The header texts each field of each library table is recognised by: the export's own headers (from
 * {@link LibraryTable}, so that whatever the export writes is read back) plus the wording staff commonly use. All
 * texts are kept normalised ({@link HeaderText#normalise}).
 */
final class ColumnAliases {

	/**
	 * A field's recognised texts.
	 *
	 * @param parents texts of the group header above it (企业所在地 above 市州); empty for a one-row header
	 * @param names   texts of its own header
	 */
	record Aliases(List<String> parents, List<String> names) {
	}

	private static final String[] LOCATION = { "企业所在地", "所在地", "所在地区", "地址", "地区", "企业地址" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private static final String[] SITE = { "建设地点", "项目地点", "建设地址", "地点", "项目所在地", "所在地" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private static final String[] CONTACT = { "企业联系人", "项目联系人", "联系人", "联系方式", "联系人信息" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private static final String[] BRAND = { "是否为国际国内品牌企业", "国际国内品牌企业", "品牌企业", "是否为品牌企业" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private static final Map<LibraryTable, Map<LibraryField, Aliases>> ALIASES = build();

	private ColumnAliases() {
	}

	/** The fields of the table in column order, with their texts. */
	static Map<LibraryField, Aliases> of(LibraryTable table) {
		return ALIASES.get(table);
	}

	/** The keyword that names the table in a sheet name or title (现有企业, 拟引进, 在建, 拟建). */
	static String keyword(LibraryTable table) {
		return switch (table) {
		case EXISTING -> "现有企业"; //$NON-NLS-1$
		case PROSPECTIVE -> "拟引进"; //$NON-NLS-1$
		case UNDER_CONSTRUCTION -> "在建"; //$NON-NLS-1$
		case PLANNED -> "拟建"; //$NON-NLS-1$
		};
	}

	private static Map<LibraryTable, Map<LibraryField, Aliases>> build() {
		Map<LibraryTable, Map<LibraryField, Aliases>> all = new EnumMap<>(LibraryTable.class);
		for (LibraryTable table : LibraryTable.values()) {
			Map<LibraryField, Aliases> fields = new LinkedHashMap<>();
			// any four-digit year: it is stripped as 2025年主营业务收入 is
			for (LibraryColumn column : table.columns(2000)) {
				List<String> parents = new ArrayList<>();
				List<String> names = new ArrayList<>();
				if (column.column().group() != null) {
					parents.add(column.column().group());
					parents.addAll(List.of(groupAliases(table, column.field())));
				}
				names.add(column.column().header());
				names.addAll(List.of(nameAliases(table, column.field())));
				fields.put(column.field(), new Aliases(normalised(parents), normalised(names)));
			}
			all.put(table, fields);
		}
		return all;
	}

	private static String[] groupAliases(LibraryTable table, LibraryField field) {
		return switch (field) {
		case CITY, COUNTY, PARK, COUNTRY, PROVINCE -> table.isProject() ? SITE : LOCATION;
		case CONTACT_PERSON, CONTACT_PHONE -> CONTACT;
		case DOMESTIC_BRAND, INTERNATIONAL_BRAND -> BRAND;
		default -> new String[0];
		};
	}

	@SuppressWarnings("nls")
	private static String[] nameAliases(LibraryTable table, LibraryField field) {
		return switch (field) {
		case SERIAL -> new String[] { "序号", "编号", "序" };
		case NAME -> table.isProject() ? new String[] { "项目名称", "项目", "名称" }
				: new String[] { "企业名称", "企业全称", "企业名", "公司名称", "单位名称", "名称" };
		case CITY -> table == LibraryTable.PROSPECTIVE ? new String[] { "城市", "市", "所在城市", "地市" }
				: new String[] { "市州", "市", "地市", "所在市", "市级" };
		case COUNTY -> new String[] { "县区", "区县", "县市区", "县", "区", "县市" };
		case PARK -> new String[] { "所在园区", "园区", "产业园区", "园区名称" };
		case COUNTRY -> new String[] { "国别", "国家", "国家地区", "国家或地区" };
		case PROVINCE -> new String[] { "省份", "省", "省区市", "省市" };
		case LOCATION -> new String[] { "建设地点", "项目地点", "建设地址", "地点", "拟建地点", "项目所在地" };
		case OVERVIEW -> new String[] { "企业概况", "企业简介", "概况", "简介", "企业基本情况", "基本情况" };
		case PRODUCTS -> new String[] { "主导产品", "主要产品", "产品" };
		case ABOVE_SCALE -> new String[] { "是否为规上企业", "是否规上企业", "规上企业", "是否规模以上企业", "规模以上企业", "是否规上",
				"规上" };
		case REVENUE -> new String[] { "主营业务收入", "营业收入", "主营收入", "营收", "收入" };
		case HONOURS -> new String[] { "国际国内品牌企业", "品牌企业", "获评项", "品牌企业获评项", "企业荣誉", "荣誉" };
		case CONTACT_PERSON -> new String[] { "姓名", "联系人", "联系人姓名", "企业联系人", "项目联系人" };
		case CONTACT_PHONE -> new String[] { "联系电话", "电话", "手机", "联系方式", "联系人电话", "手机号码", "电话号码", "手机号" };
		case LISTED -> new String[] { "是否为上市企业", "上市企业", "是否上市", "上市" };
		case HIGH_TECH -> new String[] { "是否为高新技术企业", "高新技术企业", "是否高新技术企业", "高新企业", "高企" };
		case DOMESTIC_BRAND -> new String[] { "国内品牌企业", "国内品牌", "国内", "是否为国内品牌企业" };
		case INTERNATIONAL_BRAND -> new String[] { "国际品牌企业", "国际品牌", "国际", "是否为国际品牌企业" };
		case BUILDER -> new String[] { "项目建设单位", "建设单位", "实施单位", "项目单位", "建设主体", "业主单位" };
		case INVESTMENT -> new String[] { "总投资额", "总投资", "投资额", "计划总投资", "项目总投资" };
		case PERIOD -> table == LibraryTable.PLANNED
				? new String[] { "拟建项目期", "项目建设期", "建设期", "拟建设期", "建设周期", "建设起止时间" }
				: new String[] { "项目建设期", "建设期", "建设周期", "建设起止时间", "建设年限" };
		case START -> table == LibraryTable.PLANNED
				? new String[] { "拟开工时间", "计划开工时间", "预计开工时间", "开工时间" }
				: new String[] { "开工时间", "开工日期", "实际开工时间", "开工年月" };
		case CONTENT -> new String[] { "项目建设内容", "建设内容", "主要建设内容", "建设规模及内容" };
		case PROGRESS -> new String[] { "项目进展情况", "进展情况", "项目进展", "进展", "建设进度" };
		};
	}

	private static List<String> normalised(List<String> texts) {
		List<String> out = new ArrayList<>();
		for (String t : texts) {
			String n = HeaderText.normalise(t);
			if (!n.isEmpty() && !out.contains(n)) {
				out.add(n);
			}
		}
		return out;
	}
}
