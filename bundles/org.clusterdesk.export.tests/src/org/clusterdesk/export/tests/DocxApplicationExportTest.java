/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.DocxTesting.allText;
import static org.clusterdesk.export.tests.DocxTesting.paragraph;
import static org.clusterdesk.export.tests.DocxTesting.row;
import static org.clusterdesk.export.tests.DocxTesting.sample;
import static org.clusterdesk.export.tests.DocxTesting.tableAfter;
import static org.clusterdesk.export.tests.DocxTesting.span;
import static org.clusterdesk.export.tests.DocxTesting.text;
import static org.clusterdesk.export.tests.DocxTesting.texts;
import static org.clusterdesk.export.tests.DocxTesting.vMerge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ChainWork;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.IndustryType;
import org.clusterdesk.model.NamedCount;
import org.clusterdesk.model.StageGoal;
import org.clusterdesk.model.YesNoNotApplicable;
import org.clusterdesk.model.YearCount;
import org.clusterdesk.model.YearDecimal;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The application forms' tables read back cell by cell: shapes, year columns, ☑/☐, counts and names, the plan. */
class DocxApplicationExportTest {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	@TempDir
	Path temp;

	private XWPFDocument draft(Application application) throws Exception {
		return DocxTesting.export(application, temp.resolve(application.getEditionId() + ".docx"), ExportMode.DRAFT);
	}

	private static FormSection section(Application a, String number) {
		return a.getEdition().getSections().stream().filter(s -> number.equals(s.getNumber())).findFirst().orElseThrow();
	}

	/**
	 * Section 二 is one table with the edition's years: a 年度 header, a row per yearly row of the edition, one per
	 * single value, narrative and checkbox group, and the rows of the lists the edition adds (Jiangsu's honours).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024" })
	void sectionTwoHasTheEditionsRowsUnderItsYearColumns(String edition) throws Exception {
		Application a = sample(edition);
		XWPFDocument docx = draft(a);
		FormSection two = section(a, "二");
		XWPFTable table = tableAfter(docx, "二、" + two.getTitle());
		// the form's header: 年度, or as Jiangsu words it 主导产业情况
		List<String> header = new ArrayList<>(List.of(edition.equals("jiangsu-2024") ? "主导产业情况" : "年度"));
		a.getEdition().getDataYears().forEach(y -> header.add(y + "年"));
		assertEquals(header, texts(table.getRow(0)));
		int expectedRows = 1;
		org.clusterdesk.model.forms.FormLayout layout = org.clusterdesk.model.forms.FormLayout.of(a.getEdition());
		for (FormRow r : two.getRows()) {
			EClass type = r.getFeature() instanceof EReference ref ? ref.getEReferenceType() : null;
			// a row the form has not (优质中小企业名单: lists for the attachments) is not printed
			expectedRows += layout.hidden(r) ? 0 : type == P.getHonour() ? 3 : 1;
		}
		assertEquals(expectedRows, table.getRows().size(), edition);
		for (FormRow r : two.getRows()) {
			if (layout.hidden(r)) {
				continue;
			}
			XWPFTableRow row = row(table, r.getLabel());
			boolean yearly = r.getFeature() instanceof EReference ref && (ref.getEReferenceType() == P.getYearlyDecimal()
					|| ref.getEReferenceType() == P.getYearlyCount());
			if (yearly) {
				assertEquals(header.size(), row.getTableCells().size(), r.getLabel());
			} else if (r.getFeature().getEType() != P.getHonour()) {
				assertEquals(2, row.getTableCells().size(), r.getLabel());
				assertEquals(DocxTesting.gridColumns(table) - span(row.getCell(0)), span(row.getCell(1)),
						r.getLabel() + " spans the year columns");
			}
		}
	}

	@Test
	void yearlyValuesStandInTheirYearsColumnRoundedToTwoPlaces() throws Exception {
		Application a = sample("miit-2025");
		// 628.1 is printed 628.10; 566.805 rounds HALF_UP to 566.81; counts stay whole
		YearDecimal y2024 = a.getIndustry().getTotalOutput().getValues().stream().filter(v -> v.getYear() == 2024).findFirst().orElseThrow();
		y2024.setValue(new BigDecimal("628.1"));
		YearDecimal y2023 = a.getIndustry().getTotalOutput().getValues().stream().filter(v -> v.getYear() == 2023).findFirst().orElseThrow();
		y2023.setValue(new BigDecimal("566.805"));
		XWPFDocument docx = draft(a);
		XWPFTable table = tableAfter(docx, "二、主导产业情况");
		List<String> output = texts(row(table, "集群总产值（亿元）"));
		assertEquals("566.81", output.get(2));
		assertEquals("628.10", output.get(3));
		YearCount smes = a.getIndustry().getSmes().getValues().get(0);
		assertEquals(String.valueOf(smes.getValue()), texts(row(table, "其中：集群中小企业数量")).get(1));
		assertEquals(a.getIndustry().getLeadingIndustryAverageGrowth().setScale(2).toPlainString(),
				texts(row(table, "近三年集群主导产业产值年均增速（%）")).get(1));
	}

	@Test
	void choicesAreTickedInTheFormsWording() throws Exception {
		Application a = sample("miit-2025");
		a.getBasicInfo().setIndustryType(IndustryType.SECONDARY);
		a.getBasicInfo().setEnergyEfficiency(YesNoNotApplicable.NOT_APPLICABLE);
		a.getBasicInfo().setWaterEfficiency(YesNoNotApplicable.NO);
		XWPFDocument docx = draft(a);
		XWPFTable table = tableAfter(docx, "一、基本情况");
		assertEquals("☐第一产业　　☑第二产业　　☐第三产业", texts(row(table, "主导产业所属产业类型")).get(1));
		// the edition words the third option as the form does
		assertEquals("☐是　　☐否　　☑非高耗能行业，不适用", texts(row(table, "属于高耗能行业的集群")).get(1));
		assertEquals("☐是　　☑否　　☐非高用水行业，不适用", texts(row(table, "属于高用水行业的集群")).get(1));
		// 是（需附情况说明）
		assertTrue(texts(row(table, "近三年是否发生较大及以上安全")).get(1).startsWith("☐是（需附情况说明）　　☑否"));
	}

	@Test
	void aCheckboxGroupHasALinePerOptionAndTheNote() throws Exception {
		Application a = sample("miit-2025");
		a.getIndustry().getChainWorks().remove(ChainWork.CHAIN_MAP);
		XWPFDocument docx = draft(a);
		String cell = texts(row(tableAfter(docx, "二、主导产业情况"), "集群已开展的产业链强链补链工作")).get(1);
		for (ChainWork option : ChainWork.values()) {
			boolean ticked = a.getIndustry().getChainWorks().contains(option);
			String label = cell.lines().filter(l -> l.length() > 1 && l.substring(1).startsWith(firstWords(option))).findFirst().orElseThrow();
			assertEquals(ticked ? '☑' : '☐', label.charAt(0), option.getName());
		}
		assertTrue(cell.startsWith("☐绘制产业链图谱，开展产业链培育"), cell);
		assertTrue(cell.endsWith("（注：勾选需提供佐证材料）"), cell);
		// the evidence of a ticked option goes to the attachments, not under the box: the next line is the next option
		String next = cell.substring(cell.indexOf("众创众包等激励机制\n") + "众创众包等激励机制\n".length());
		assertTrue(next.startsWith("☐") || next.startsWith("☑"), cell);
		assertFalse(cell.contains("佐证材料："), cell);
	}

	private static String firstWords(ChainWork option) {
		return switch (option) {
		case CHAIN_MAP -> "绘制产业链图谱";
		case CHALLENGE_LIST -> "形成产业链技术难点清单";
		case INNOVATION_CONSORTIUM -> "联合集群上下游企业";
		case ACADEMIC_COOPERATION -> "引入高等院校";
		case SUPPLY_COORDINATION -> "建有产业链上下游";
		case CHAIN_LEADER_PARTNERSHIP -> "与产业链“链主”";
		case ADVANCED_CLUSTER_PARTNERSHIP -> "与先进制造业集群";
		case SUPPLY_RISK_ASSESSMENT -> "开展供应链风险评估";
		};
	}

	@Test
	void aNamedCountShowsTheCountAndTheNames() throws Exception {
		Application a = sample("miit-2025");
		NamedCount platforms = a.getInnovation().getNationalPlatforms();
		XWPFDocument docx = draft(a);
		XWPFTable table = tableAfter(docx, "三、创新能力情况");
		// under the form's group label 创新平台建设情况, merged down its three sub-rows, its note said once
		XWPFTableRow first = row(table, "创新平台建设情况");
		assertEquals("创新平台建设情况\n（需提供清单及佐证材料）", texts(first).get(0));
		assertEquals("国家制造业创新中心或国家级创新平台名称及数量", texts(first).get(1));
		String cell = texts(first).get(2);
		assertTrue(cell.startsWith("数量：" + platforms.getCount() + "个\n名称：" + String.join("、", platforms.getNames())), cell);
		assertFalse(cell.contains("佐证材料"), cell);
		int i = table.getRows().indexOf(first);
		assertEquals(DocxTesting.RESTART, vMerge(first.getCell(0)));
		for (int k = 1; k <= 2; k++) {
			XWPFTableRow sub = table.getRow(i + k);
			assertEquals(DocxTesting.CONTINUE, vMerge(sub.getCell(0)));
			assertFalse(texts(sub).get(1).contains("（需提供清单及佐证材料）"), texts(sub).get(1));
		}
		assertEquals("其他平台名称及数量", texts(table.getRow(i + 2)).get(1));
	}

	@Test
	void theStandardsAreCategoryByLedAndParticipatedForEachYear() throws Exception {
		Application a = sample("miit-2025");
		XWPFDocument docx = draft(a);
		XWPFTable table = tableAfter(docx, "三、创新能力情况");
		// as the form: the label, then 类别 | 主持数量 | 参与数量 three times (the data years in order), no row of years
		XWPFTableRow header = row(table, "近三年集群中小企业主持");
		assertEquals(List.of("类别", "主持数量", "参与数量", "类别", "主持数量", "参与数量", "类别", "主持数量", "参与数量"),
				texts(header).subList(1, 10));
		assertEquals(DocxTesting.RESTART, vMerge(header.getCell(0)));
		int i = table.getRows().indexOf(header);
		List<String> national = texts(table.getRow(i + 2));
		assertEquals(DocxTesting.CONTINUE, vMerge(table.getRow(i + 2).getCell(0)));
		var count = a.getInnovation().getStandards().stream()
				.filter(s -> s.getYear() == 2024 && s.getCategory() == org.clusterdesk.model.StandardCategory.NATIONAL).findFirst().orElseThrow();
		assertEquals(List.of("国家", String.valueOf(count.getLed()), String.valueOf(count.getParticipated())), national.subList(7, 10));
	}

	@Test
	void yearsFurtherDownASectionAreListedOneBelowTheOther() throws Exception {
		Application a = sample("miit-2025");
		XWPFDocument docx = draft(a);
		XWPFTable table = tableAfter(docx, "五、绿色化转型情况");
		XWPFTableRow first = row(table, "近三年集群单位产值二氧化碳排放量");
		int i = table.getRows().indexOf(first);
		for (int k = 0; k < 3; k++) {
			XWPFTableRow r = table.getRow(i + k);
			int year = 2022 + k;
			assertEquals(year + "年", text(r.getCell(1)));
			assertEquals(a.getGreen().getCo2PerOutput().valueOf(year).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), text(r.getCell(2)));
			assertEquals(k == 0 ? DocxTesting.RESTART : DocxTesting.CONTINUE, vMerge(r.getCell(0)));
		}
	}

	@Test
	void anOrganisationHasItsContactRowWithTheEditionsPhoneWord() throws Exception {
		Application shaanxi = sample("shaanxi-2026");
		XWPFTable table = tableAfter(draft(shaanxi), "一、基本情况");
		XWPFTableRow department = row(table, "县级行政区划中小企业主管部门");
		XWPFTableRow contact = table.getRow(table.getRows().indexOf(department) + 1);
		var c = shaanxi.getBasicInfo().getDepartment().getContact();
		assertEquals(List.of("联系人", c.getPerson(), "联系手机", c.getPhone()), texts(contact));
		Application national = sample("miit-2025");
		XWPFTable t2 = tableAfter(draft(national), "一、基本情况");
		assertEquals("联系方式", texts(t2.getRow(t2.getRows().indexOf(row(t2, "县级行政区划中小企业主管部门")) + 1)).get(2));
	}

	@Test
	void thePlanHasTheEditionsYearsAndStageGoals() throws Exception {
		Application a = sample("miit-2025");
		XWPFDocument docx = draft(a);
		XWPFTable table = tableAfter(docx, "1.三年总体目标");
		assertEquals(List.of("方向", "指标", "2024年基准值", "2027年目标值"), texts(table.getRow(0)));
		var output = a.getPlan().getTargets().get(0);
		List<String> first = texts(table.getRow(1));
		assertEquals("主导产业", first.get(0));
		// the form's name of its own indicator alone: the applicant's wording and explanation have no cell in the form
		assertEquals("近三年集群产值年均增速", first.get(1));
		// growth in % as the form asks, the output behind it in brackets
		assertTrue(first.get(3).matches("\\d+\\.\\d\\d%（" + output.getTarget().setScale(2).toPlainString() + "亿元）"), first.get(3));
		assertTrue(first.get(2).endsWith("%（" + output.getBaseline().setScale(2).toPlainString() + "亿元）"), first.get(2));
		// the form's directions in its order, each once, 其它 last
		List<String> directions = new ArrayList<>();
		for (XWPFTableRow r : table.getRows().subList(1, table.getRows().size())) {
			if (DocxTesting.RESTART.equals(vMerge(r.getCell(0))) || vMerge(r.getCell(0)) == null) {
				directions.add(text(r.getCell(0)));
			}
		}
		assertEquals(List.of("主导产业", "创新", "数字化", "绿色化", "开放合作", "治理和服务", "其它"), directions);
		// the applicant's own 数字化 indicator (上云比例) is under 数字化, after the form's 工业互联网普及率
		String all = table.getRows().stream().map(r -> String.join("|", texts(r))).collect(java.util.stream.Collectors.joining("\n"));
		assertTrue(all.indexOf("工业互联网普及率") < all.indexOf("集群中小企业上云比例") && all.indexOf("集群中小企业上云比例") < all.indexOf("绿色化"), all);
		String text = allText(docx);
		for (int i = 0; i < 3; i++) {
			int year = 2025 + i;
			assertTrue(text.contains("（" + (i + 1) + "）" + year + "年度"), text);
			StageGoal goal = a.getPlan().getStageGoals().stream().filter(g -> g.getYear() == year).findFirst().orElseThrow();
			assertTrue(text.contains(goal.getText()));
		}
		assertTrue(text.contains("（备注：基准值须符合中小企业特色产业集群认定标准，2027年目标值须符合以下要求："));
	}

	/** The outline of 八 as a heading list: the plan part's headings of an export, in order. */
	private static List<String> outline(XWPFDocument docx) {
		List<String> headings = DocxTesting.headings(docx).stream().map(XWPFParagraph::getText).toList();
		int from = headings.indexOf(headings.stream().filter(h -> h.startsWith("八、")).findFirst().orElseThrow());
		int to = headings.indexOf(headings.stream().filter(h -> h.startsWith("九、")).findFirst().orElseThrow());
		return headings.subList(from + 1, to);
	}

	@Test
	void thePlansOutlineIsNumberedAsEachFormNumbersIt() throws Exception {
		// the national form numbers 重点任务 and 保障措施 （一）（二） again after the stage years
		assertEquals(List.of("一、集群基本情况简介", "二、发展成效", "三、存在的问题", "四、未来三年中小企业特色产业集群发展规划", "（一）总体思路",
				"（二）发展目标", "1.三年总体目标", "2.阶段性目标", "（一）重点任务", "（二）保障措施"),
				outline(draft(sample("miit-2025"))).stream().filter(h -> !h.matches("（\\d）\\d{4}年度")).toList());
		// Shaanxi's text: 3、 after 一、二、, （1）（2） and then （3）（4） after the stage years' （1）–（3）
		List<String> shaanxi = outline(draft(sample("shaanxi-2026")));
		assertEquals(List.of("一、集群基本情况简介", "二、发展成效", "3、 存在的问题", "四、未来三年中小企业特色产业集群发展规划", "（1） 总体思路",
				"（2） 发展目标"), shaanxi.subList(0, 6));
		assertEquals(List.of("（3）2028年度", "（3） 重点任务", "（4） 保障措施"), shaanxi.subList(shaanxi.size() - 3, shaanxi.size()));
		// Jiangsu's text lost Word's list numbers ("1." five times): the national form's numbering of the same outline
		assertEquals(List.of("一、集群基本情况简介", "二、发展成效", "三、存在的问题", "四、未来三年中小企业特色产业集群发展规划", "（一）总体思路",
				"（二）发展目标", "1.三年总体目标", "2.阶段性目标", "（一）重点任务", "（二）保障措施"),
				outline(draft(sample("jiangsu-2024"))).stream().filter(h -> !h.matches("（\\d）\\d{4}年度")).toList());
		// the re-review's new plan, as the national form's: （一）（二） again
		List<String> review = outline(draft(sample("miit-2025-review")));
		assertEquals(List.of("（一）重点任务", "（二）保障措施"), review.subList(review.size() - 2, review.size()));
	}

	@Test
	void theReReviewHasTheCompletionTableAndANewPlan() throws Exception {
		Application a = sample("miit-2025-review");
		XWPFDocument docx = draft(a);
		XWPFTable completion = tableAfter(docx, "三、发展成效");
		assertEquals(List.of("方向", "指标", "2022年基准值", "2025年目标值", "2025年完成值"), texts(completion.getRow(0)));
		var first = a.getReview().getCompletion().get(0);
		// the output growth row: growth in %, the output achieved in brackets
		String achieved = texts(completion.getRow(1)).get(4);
		assertTrue(achieved.contains("%（" + first.getAchieved().setScale(2).toPlainString()), achieved);
		XWPFTable plan = tableAfter(docx, "1.三年总体目标");
		assertEquals(List.of("方向", "指标", "2024年基准值", "2027年目标值"), texts(plan.getRow(0)));
		paragraph(docx, "四、未来三年中小企业特色产业集群发展规划");
		// no summary line inside the form: attainment belongs in the review tools
		assertFalse(allText(docx).contains("目标完成情况："));
	}

	@Test
	void anUnmetTargetAddsNoLineToTheForm() throws Exception {
		Application a = sample("miit-2025-review");
		var first = a.getReview().getCompletion().get(0);
		// 90 % of the target, an increase indicator: not met — the review tools say so, the form does not
		first.setAchieved(first.getTarget().multiply(new java.math.BigDecimal("0.9")).setScale(2, java.math.RoundingMode.HALF_UP));
		String text = allText(draft(a));
		assertFalse(text.contains("未完成"), text);
		assertFalse(text.contains("完成率"), text);
	}

	@Test
	void partEightPrintsItsLengthPrompt() throws Exception {
		for (String edition : List.of("miit-2025", "miit-2025-review")) {
			XWPFDocument docx = draft(sample(edition));
			List<org.apache.poi.xwpf.usermodel.IBodyElement> body = docx.getBodyElements();
			int i = body.indexOf(DocxTesting.headings(docx).stream().filter(p -> p.getText().startsWith("八、")).findFirst().orElseThrow());
			assertEquals("（3000字以内）", ((org.apache.poi.xwpf.usermodel.XWPFParagraph) body.get(i + 1)).getText(), edition);
		}
	}

	@Test
	void theRecommendationLeavesRoomForTheOpinionTheSealAndTheDate() throws Exception {
		Application a = sample("miit-2025");
		a.setRecommendation(null);
		XWPFTable table = tableAfter(draft(a), "九、真实性声明及推荐意见");
		XWPFTableRow recommendation = row(table, "省级中小企业主管部门推荐意见");
		List<XWPFParagraph> lines = recommendation.getCell(1).getParagraphs();
		assertTrue(lines.size() >= 8, "lines: " + lines.size());
		assertEquals("推荐单位（公章）：", lines.get(lines.size() - 2).getText().strip());
		assertTrue(lines.get(lines.size() - 1).getText().contains("年") && lines.get(lines.size() - 1).getText().contains("日"));
	}

	@Test
	void theDeclarationAndRecommendationUseTheEditionsWording() throws Exception {
		Application a = sample("beijing-2024");
		XWPFDocument docx = draft(a);
		XWPFTable table = tableAfter(docx, "九、真实性声明及推荐意见");
		List<String> declaration = texts(table.getRow(0));
		assertEquals("真实性声明", declaration.get(0));
		assertTrue(declaration.get(1).startsWith(a.getEdition().getDeclarationText()), declaration.get(1));
		assertTrue(declaration.get(1).contains("单位负责人（签字）：" + a.getDeclaration().getSigner()), declaration.get(1));
		assertTrue(declaration.get(1).contains("集群运营管理机构（公章）：" + a.getDeclaration().getUnit()), declaration.get(1));
		assertEquals(a.getEdition().getRecommendationTitle(), texts(table.getRow(1)).get(0));
		assertTrue(texts(table.getRow(1)).get(1).contains("推荐单位（公章）："));
	}

	@Test
	void jiangsuHasItsCommitmentLetterAndWritingOutline() throws Exception {
		Application a = sample("jiangsu-2024");
		XWPFDocument docx = draft(a);
		assertTrue(DocxTesting.startsPage(docx, paragraph(docx, "承诺函")));
		String text = allText(docx);
		// the form's letter, not a checklist: the prescribed sentence with the cluster's name, 特此承诺。, bureau, seal, date
		List<String> letter = paragraphsAfter(docx, "承诺函", 6);
		assertEquals(List.of("省工业和信息化厅：",
				"我市本次申报的扬州市宝应县输变电装备产业集群主导产业不属于国家规定的禁止、限制和淘汰类产业；集群及集群内企业近三年未发生较大及以上安全、"
						+ "质量和环境污染等事故，重大及以上网络安全事件和数据安全事件，不存在偷税漏税、严重失信等其他重大违法违规行为。",
				"特此承诺。", "扬州市工业和信息化局", "（公章）", "2024年6月11日"), letter);
		assertTrue(letter.stream().noneMatch(p -> p.contains("☑") || p.contains("☐")), letter.toString());
		assertEquals(ParagraphAlignment.RIGHT, paragraph(docx, "扬州市工业和信息化局").getAlignment());
		assertEquals(0, paragraph(docx, "省工业和信息化厅：").getIndentationFirstLine(), "the salutation stands at the margin");
		assertTrue(DocxTesting.startsPage(docx, paragraph(docx, "江苏省中小企业特色产业集群情况撰写提纲")));
		paragraph(docx, "1、集群基本信息（200字以内，下同）");
		paragraph(docx, "12、集群发展环境情况");
		assertTrue(text.contains(a.getOutline().getBasicInformation()));
		assertTrue(text.contains(a.getOutline().getDevelopmentEnvironment()));
	}

	@Test
	void jiangsuHonoursAreListedPerLevel() throws Exception {
		Application a = sample("jiangsu-2024");
		XWPFTable table = tableAfter(draft(a), "二、主导产业情况");
		XWPFTableRow first = row(table, "集群获得中小企业双创示范基地");
		int i = table.getRows().indexOf(first);
		assertEquals(List.of("国家级", "省级", "市级"),
				List.of(text(table.getRow(i).getCell(1)), text(table.getRow(i + 1).getCell(1)), text(table.getRow(i + 2).getCell(1))));
		assertEquals(DocxTesting.CONTINUE, vMerge(table.getRow(i + 2).getCell(0)));
		assertTrue(text(table.getRow(i).getCell(2)).startsWith(a.getIndustry().getHonours().get(0).getTitle()));
	}

	@Test
	void beijingAsksSectionFourAsSingleValuesOfTheLastYear() throws Exception {
		Application a = sample("beijing-2024");
		XWPFTable table = tableAfter(draft(a), "四、数字化升级情况");
		XWPFTableRow cloud = row(table, "集群上云中小企业数量");
		assertEquals(2, cloud.getTableCells().size());
		assertEquals(String.valueOf(a.getDigital().getCloudSmes().valueOf(2023)), text(cloud.getCell(1)));
		assertNull(vMerge(cloud.getCell(0)));
	}

	/** The texts of the n non-empty paragraphs after the one that reads the text. */
	private static List<String> paragraphsAfter(XWPFDocument docx, String text, int n) {
		List<XWPFParagraph> all = docx.getParagraphs();
		int i = all.indexOf(paragraph(docx, text));
		return all.subList(i + 1, all.size()).stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).limit(n).toList();
	}
}
