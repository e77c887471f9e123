/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.formreader.FormReadResult;
import org.clusterdesk.formreader.FormReader;
import org.clusterdesk.formreader.UnreadPlace;
import org.clusterdesk.model.AdministrativeLevel;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ApprovedListing;
import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.ListingKind;
import org.clusterdesk.model.PlanDirection;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.IndustryType;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.YesNoNotApplicable;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported form edited as a person would in Word (with POI): a number retyped with full-width digits, a unit and a
 * thousands separator, boxes ticked with the look-alikes people use (■ □ √), an empty cell typed into, a date written
 * another way, a narrative spread over paragraphs, a name added to a names-and-counts block. Read back, exactly those
 * changes arrive: the document read equals the sample with the same edits made in the model.
 */
class EditedFormTest {

	@TempDir
	Path dir;

	@Test
	void exactlyTheEditsArrive() throws Exception {
		Application sample = (Application) ReaderTesting.sample("miit-2025");
		// an empty cell to type into: the PCT count left empty in the export
		Application exported = EcoreUtil.copy(sample);
		exported.getInnovation().setPctApplications(null);
		Path docx = dir.resolve("edited.docx");
		DocxExporter.export(exported, docx, ExportMode.DRAFT, null);

		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			setValue(doc, "集群占地面积（平方公里）", "４２.７５ 平方公里");
			setValue(doc, "是否已被认定为省级中小企业特色产业集群", "□是　■否");
			setValue(doc, "主导产业所属产业类型", "□第一产业 □第二产业 √第三产业");
			setValue(doc, "属于高耗能行业的集群，能效水平是否达到行业基准值", "☐是√　☐否　☐非高耗能行业，不适用");
			setValue(doc, "集群中小企业PCT国际专利申请量", "1,234件");
			setValueLines(doc, "集群产业链强链补链情况（200字以内）", "第一段：强链。", "第二段：补链。");
			setYear(doc, "集群企业数量（年度当前值）", 3, "2,711");
			for (XWPFParagraph p : doc.getParagraphs()) {
				if (p.getText().startsWith("申报时间：")) {
					replaceText(p, "申报时间：2025-06-01");
				}
			}
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		Application expected = EcoreUtil.copy(sample);
		expected.getBasicInfo().setArea(new BigDecimal("42.75"));
		expected.getBasicInfo().setProvinciallyRecognised(YesNo.NO);
		expected.getBasicInfo().setIndustryType(IndustryType.TERTIARY);
		expected.getBasicInfo().setEnergyEfficiency(YesNoNotApplicable.YES);
		expected.getInnovation().setPctApplications(1234);
		expected.getIndustry().setChainNarrative("第一段：强链。\n第二段：补链。");
		expected.getIndustry().getEnterprises().put(2024, 2711);
		expected.setFilingDate(LocalDate.of(2025, 6, 1));

		DocumentDiff diff = DocumentDiff.of(expected, result.document());
		Set<String> gaps = ReaderTesting.gaps("miit-2025");
		List<String> unexpected = diff.lines().stream().filter(l -> !gaps.contains(l.substring(0, l.indexOf(' ')))).toList();
		assertTrue(unexpected.isEmpty(), "read back differently from the edits:\n" + String.join("\n", unexpected));

		// and against the original: exactly the edited places differ (beyond what the reader does not read yet)
		Set<String> changed = new TreeSet<>(DocumentDiff.of(sample, result.document()).places());
		changed.removeAll(gaps);
		assertEquals(new TreeSet<>(Set.of("/basicInfo/area", "/basicInfo/provinciallyRecognised", "/basicInfo/industryType",
				"/basicInfo/energyEfficiency", "/innovation/pctApplications", "/industry/chainNarrative", "/industry/enterprises",
				"/filingDate")), changed);
		assertTrue(result.unread().stream().allMatch(p -> p.reason().contains("此版本")),
				() -> String.join("\n", result.unread().stream().map(UnreadPlace::toString).toList()));
	}

	@Test
	void whatCannotBeReadIsReportedAndLeftEmpty() throws Exception {
		Application sample = (Application) ReaderTesting.sample("miit-2025");
		Path docx = dir.resolve("bad.docx");
		DocxExporter.export(sample, docx, ExportMode.DRAFT, null);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			setValue(doc, "集群占地面积（平方公里）", "约三十多");
			setValue(doc, "是否已被认定为省级中小企业特色产业集群", "☑是　☑否");
			setYear(doc, "集群企业数量（年度当前值）", 2, "两千多");
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		Application read = (Application) result.document();
		assertEquals(null, read.getBasicInfo().getArea());
		assertEquals(YesNo.NONE, read.getBasicInfo().getProvinciallyRecognised());
		assertEquals(null, read.getIndustry().getEnterprises().valueOf(2023));
		assertEquals(sample.getIndustry().getEnterprises().valueOf(2024), read.getIndustry().getEnterprises().valueOf(2024));
		List<String> lines = result.unread().stream().filter(p -> !p.reason().contains("此版本")).map(UnreadPlace::toString).toList();
		assertEquals(List.of("一、基本情况 / 集群占地面积（平方公里）：“约三十多” — 不是数字",
				"一、基本情况 / 是否已被认定为省级中小企业特色产业集群：“☑是　☑否” — 勾选了多个选项，只能选一个",
				"二、主导产业情况 / 集群企业数量（年度当前值）（2023年）：“两千多” — 不是数字"), lines);
	}

	@Test
	void aRowAddedToATopTenTableArrives() throws Exception {
		org.clusterdesk.model.CompetitionReport sample = (org.clusterdesk.model.CompetitionReport) ReaderTesting.sample("competition-2026");
		Path docx = dir.resolve("top-ten.docx");
		DocxExporter.export(sample, docx, ExportMode.DRAFT, null);
		String first = sample.getEnterprises().getTopRevenue().getRows().get(0).getName();
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			// the row of the first enterprise copied above 合计, and typed over as a person adds an 11th enterprise
			XWPFTableRow template = row(doc, first);
			XWPFTable table = template.getTable();
			int totalAt = -1;
			for (int i = 0; i < table.getRows().size(); i++) {
				if (table.getRow(i).getCell(0).getText().equals("合计")) {
					totalAt = i;
				}
			}
			XWPFTableRow added = new XWPFTableRow((org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow) template.getCtRow().copy(), table);
			List<XWPFTableCell> cells = added.getTableCells();
			setCell(cells.get(0), "株洲新增硬质合金有限公司");
			setCell(cells.get(1), "３.５０");
			setCell(cells.get(2), "4.20亿元");
			setCell(cells.get(3), "20.00");
			setCell(cells.get(4), "硬质合金刀片、钻头");
			// POI inserts a copy of the row's XML: typed over before it goes in
			table.addRow(added, totalAt);
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		org.clusterdesk.model.RankingTable read = ((org.clusterdesk.model.CompetitionReport) result.document()).getEnterprises().getTopRevenue();
		List<org.clusterdesk.model.RankedEnterprise> rows = read.getRows();
		assertEquals(sample.getEnterprises().getTopRevenue().getRows().size() + 1, rows.size());
		org.clusterdesk.model.RankedEnterprise last = rows.get(rows.size() - 1);
		assertEquals("株洲新增硬质合金有限公司", last.getName());
		assertEquals(0, new BigDecimal("3.50").compareTo(last.valueOf(2024)));
		assertEquals(0, new BigDecimal("4.20").compareTo(last.valueOf(2025)));
		assertEquals(List.of("硬质合金刀片", "钻头"), last.getProducts());
		for (int i = 0; i < rows.size() - 1; i++) {
			assertEquals(sample.getEnterprises().getTopRevenue().getRows().get(i).getName(), rows.get(i).getName());
		}
	}

	/**
	 * The competition report edited in Word: a row added at the foot of two library tables (the 序号 left empty, a
	 * brand written without its quotes, a period written 2025.03-2026.12), a park's figure and a plan target retyped,
	 * a listing added to the green list. Exactly those edits arrive.
	 */
	@Test
	void competitionEditsArrive() throws Exception {
		CompetitionReport sample = (CompetitionReport) ReaderTesting.sample("competition-2026");
		Path docx = dir.resolve("competition.docx");
		DocxExporter.export(sample, docx, ExportMode.FINAL, null);
		List<ExistingEnterprise> existing = sample.getLibraries().getExisting();
		List<ConstructionProject> building = sample.getLibraries().getUnderConstruction();
		List<ApprovedListing> green = sample.getGreen().getListings();
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			appendCopy(doc, existing.get(existing.size() - 1).getName(), "", "株洲新增硬质合金有限公司", "株洲市", "荷塘区",
					"株洲市荷塘区金山新材料产业园", "主要从事硬质合金刀片的研发和生产。", "硬质合金刀片、钻头", "是", "1.25",
					"国家专精特新小巨人、省级单项冠军", "张三", "13800000000");
			appendCopy(doc, building.get(building.size() - 1).getName(), "15", "硬质合金刀片扩产项目", "株洲市", "荷塘区",
					"株洲市荷塘区金山新材料产业园", "株洲新增硬质合金有限公司", "０.８０", "2025.03-2026.12", "2025年4月", "新建刀片生产线2条",
					"设备安装中", "李四", "13900000000");
			appendCopy(doc, green.get(green.size() - 1).getName(), "湖南省绿色工厂（株洲新增硬质合金有限公司）", "省级", "湖南省工业和信息化厅",
					"2025年12月");
			// the first park's 园区生产总值: 2025年 园区总额 (label | 2024 总额 | 2024 集群 | 2025 总额 | …)
			setYear(doc, "园区生产总值（亿元）", 3, "150.00亿元");
			// 5.1: the 2027 revenue target (label | 上一年实际值 | 2026 | 2027 | 2028)
			setYear(doc, "集群营业收入（亿元）", 3, "2,600");
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		CompetitionReport expected = EcoreUtil.copy(sample);
		ExistingEnterprise added = ClusterDeskFactory.eINSTANCE.createExistingEnterprise();
		added.setName("株洲新增硬质合金有限公司");
		added.setCity("株洲市");
		added.setCounty("荷塘区");
		added.setPark("株洲市荷塘区金山新材料产业园");
		added.setOverview("主要从事硬质合金刀片的研发和生产。");
		added.getProducts().addAll(List.of("硬质合金刀片", "钻头"));
		added.setAboveScale(true);
		added.setRevenue(new BigDecimal("1.25"));
		added.getHonours().addAll(List.of(BrandHonour.NATIONAL_LITTLE_GIANT, BrandHonour.PROVINCIAL_SINGLE_CHAMPION));
		Contact person = ClusterDeskFactory.eINSTANCE.createContact();
		person.setPerson("张三");
		person.setPhone("13800000000");
		added.setContact(person);
		expected.getLibraries().getExisting().add(added);
		ConstructionProject addedProject = ClusterDeskFactory.eINSTANCE.createConstructionProject();
		addedProject.setName("硬质合金刀片扩产项目");
		addedProject.setCity("株洲市");
		addedProject.setCounty("荷塘区");
		addedProject.setPark("株洲市荷塘区金山新材料产业园");
		addedProject.setBuilder("株洲新增硬质合金有限公司");
		addedProject.setInvestment(new BigDecimal("0.80"));
		addedProject.setPeriodStart(YearMonth.of(2025, 3));
		addedProject.setPeriodEnd(YearMonth.of(2026, 12));
		addedProject.setStartDate(YearMonth.of(2025, 4));
		addedProject.setContent("新建刀片生产线2条");
		addedProject.setProgress("设备安装中");
		Contact projectPerson = ClusterDeskFactory.eINSTANCE.createContact();
		projectPerson.setPerson("李四");
		projectPerson.setPhone("13900000000");
		addedProject.setContact(projectPerson);
		expected.getLibraries().getUnderConstruction().add(addedProject);
		ApprovedListing listing = ClusterDeskFactory.eINSTANCE.createApprovedListing();
		listing.setKind(ListingKind.GREEN_FACTORY);
		listing.setName("湖南省绿色工厂（株洲新增硬质合金有限公司）");
		listing.setLevel(AdministrativeLevel.PROVINCE);
		listing.setApprover("湖南省工业和信息化厅");
		listing.setApprovedOn(YearMonth.of(2025, 12));
		expected.getGreen().getListings().add(listing);
		expected.getParks().get(0).getGdp().getParkTotal().put(2025, new BigDecimal("150.00"));
		for (org.clusterdesk.model.YearDecimal target : expected.getImplementation().getRevenue().getTargets()) {
			if (target.getYear() == 2027) {
				target.setValue(new BigDecimal("2600"));
			}
		}

		DocumentDiff diff = DocumentDiff.of(expected, result.document());
		assertTrue(diff.lines().isEmpty(), "read back differently from the edits:\n" + String.join("\n", diff.lines()));
		Set<String> changed = new TreeSet<>(DocumentDiff.of(sample, result.document()).places());
		assertEquals(new TreeSet<>(Set.of("/libraries/existing", "/libraries/underConstruction", "/green/listings",
				"/parks/gdp/parkTotal", "/implementation/revenue/targets/value")), changed);
		assertTrue(result.unread().stream().allMatch(p -> p.reason().contains("此版本")),
				() -> String.join("\n", result.unread().stream().map(UnreadPlace::toString).toList()));
	}

	/** A library cell that is not a value is reported with the entry and the column, and left empty. */
	@Test
	void anUnreadableLibraryCellIsReported() throws Exception {
		CompetitionReport sample = (CompetitionReport) ReaderTesting.sample("competition-2026");
		Path docx = dir.resolve("library.docx");
		DocxExporter.export(sample, docx, ExportMode.DRAFT, null);
		ExistingEnterprise first = sample.getLibraries().getExisting().get(0);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			List<XWPFTableCell> cells = libraryRow(doc, first.getName()).getTableCells();
			setCell(cells.get(8), "三十多亿");
			setCell(cells.get(9), "国家单项冠军、地方名牌");
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		ExistingEnterprise read = ((CompetitionReport) result.document()).getLibraries().getExisting().get(0);
		assertEquals(first.getName(), read.getName());
		assertEquals(null, read.getRevenue());
		assertEquals(List.of(BrandHonour.NATIONAL_SINGLE_CHAMPION), read.getHonours());
		List<String> lines = result.unread().stream().filter(p -> !p.reason().contains("此版本")).map(UnreadPlace::toString).toList();
		assertEquals(List.of("六、集群“四库” / （一）现有企业库 / " + first.getName() + " / 2025年主营业务收入（亿元）：“三十多亿” — 不是数字",
				"六、集群“四库” / （一）现有企业库 / " + first.getName() + " / 国际国内品牌企业：“国家单项冠军、地方名牌” — 表式中没有选项“地方名牌”"),
				lines);
	}

	/**
	 * The plan table edited in Word: a target retyped, and an indicator of the applicant's own typed into the empty
	 * 其它 row. Exactly those edits arrive, the new indicator as 其它指标 with the unit its values are written with.
	 */
	@Test
	void planTargetsEditedInWordArrive() throws Exception {
		Application sample = (Application) ReaderTesting.sample("miit-2025");
		Path docx = dir.resolve("plan.docx");
		DocxExporter.export(sample, docx, ExportMode.DRAFT, null);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			XWPFTable plan = table(doc, "方向");
			for (XWPFTableRow row : plan.getRows()) {
				String indicator = row.getCell(1).getText();
				if (indicator.startsWith("研发经费投入")) {
					setCell(row.getCell(3), "26.00亿元");
				} else if (row.getCell(0).getText().equals("其它")) {
					setCell(row.getCell(1), "集群中小企业数字化转型比例（%）");
					setCell(row.getCell(2), "30.00%");
					setCell(row.getCell(3), "５０%");
				}
			}
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		Application expected = EcoreUtil.copy(sample);
		expected.getPlan().getTargets().stream().filter(i -> i.getKind() == PlanIndicatorKind.RD_EXPENDITURE).findFirst().orElseThrow()
				.setTarget(new BigDecimal("26.00"));
		PlanIndicator own = ClusterDeskFactory.eINSTANCE.createPlanIndicator();
		own.setDirection(PlanDirection.OTHER);
		own.setKind(PlanIndicatorKind.CUSTOM);
		own.setName("集群中小企业数字化转型比例（%）");
		own.setUnit(Unit.PERCENT);
		own.setBaseline(new BigDecimal("30"));
		own.setTarget(new BigDecimal("50"));
		expected.getPlan().getTargets().add(own);
		DocumentDiff diff = DocumentDiff.of(expected, result.document());
		assertTrue(diff.lines().isEmpty(), "read back differently from the edits:\n" + String.join("\n", diff.lines()));
		assertEquals(Set.of("/plan/targets/target", "/plan/targets"), DocumentDiff.of(sample, result.document()).places());
		PlanIndicator read = ((Application) result.document()).getPlan().getTargets().stream()
				.filter(i -> i.getKind() == PlanIndicatorKind.CUSTOM && i.getDirection() == PlanDirection.OTHER).findFirst().orElseThrow();
		assertEquals("集群中小企业数字化转型比例（%）", read.getName());
		assertEquals(0, new BigDecimal("50").compareTo(read.getTarget()));
	}

	/**
	 * The re-review's completion table edited in Word: an achieved value retyped and a 定性描述's achieved description
	 * rewritten. Exactly those edits arrive.
	 */
	@Test
	void reviewCompletionEditedInWordArrives() throws Exception {
		Application sample = (Application) ReaderTesting.sample("miit-2025-review");
		Path docx = dir.resolve("review.docx");
		DocxExporter.export(sample, docx, ExportMode.FINAL, null);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			XWPFTable completion = table(doc, "2025年完成值");
			for (XWPFTableRow row : completion.getRows()) {
				String indicator = row.getCell(1).getText();
				if (indicator.startsWith("研发经费投入")) {
					setCell(row.getCell(4), "10.80 亿元");
				} else if (row.getCell(0).getText().equals("治理和服务")) {
					setCell(row.getCell(4), "2025年公共服务平台服务企业2600家次");
				}
			}
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		Application expected = EcoreUtil.copy(sample);
		for (org.clusterdesk.model.CompletionIndicator c : expected.getReview().getCompletion()) {
			if (c.getKind() == PlanIndicatorKind.RD_EXPENDITURE) {
				c.setAchieved(new BigDecimal("10.80"));
			} else if (c.getDirection() == PlanDirection.GOVERNANCE) {
				c.setAchievedDescription("2025年公共服务平台服务企业2600家次");
			}
		}
		DocumentDiff diff = DocumentDiff.of(expected, result.document());
		assertTrue(diff.lines().isEmpty(), "read back differently from the edits:\n" + String.join("\n", diff.lines()));
		assertEquals(Set.of("/review/completion/achieved", "/review/completion/achievedDescription"),
				DocumentDiff.of(sample, result.document()).places());
	}

	/**
	 * Jiangsu's 承诺函 and 撰写提纲 edited in Word: the third commitment struck from the letter's paragraph, the date
	 * written 2024-06-20, an outline item retyped. Exactly those edits arrive; the commitments left are the form's own.
	 */
	@Test
	void jiangsuLetterAndOutlineEditedInWordArrive() throws Exception {
		Application sample = (Application) ReaderTesting.sample("jiangsu-2024");
		Path docx = dir.resolve("jiangsu.docx");
		DocxExporter.export(sample, docx, ExportMode.FINAL, null);
		List<String> commitments = sample.getCommitment().getCommitments();
		String chain = sample.getOutline().getChainStrengthening();
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			for (XWPFParagraph p : doc.getParagraphs()) {
				if (p.getText().equals(String.join("", commitments))) {
					replaceText(p, commitments.get(0) + commitments.get(1));
				} else if (p.getText().equals("2024年6月11日")) {
					replaceText(p, "2024-06-20");
				} else if (p.getText().equals(chain)) {
					replaceText(p, "组建输变电装备产业链联盟，本地配套率达到70%。");
				}
			}
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		Application read = (Application) result.document();
		assertEquals(commitments.subList(0, 2), read.getCommitment().getCommitments());
		assertEquals(LocalDate.of(2024, 6, 20), read.getCommitment().getDate());
		assertEquals(sample.getCommitment().getIssuingBureau(), read.getCommitment().getIssuingBureau());
		assertEquals("组建输变电装备产业链联盟，本地配套率达到70%。", read.getOutline().getChainStrengthening());
		Set<String> changed = new TreeSet<>(DocumentDiff.of(sample, result.document()).places());
		changed.removeAll(ReaderTesting.gaps("jiangsu-2024"));
		assertEquals(Set.of("/commitment/commitments", "/commitment/date", "/outline/chainStrengthening"), changed);
	}

	/** The table with a cell whose text is the header. */
	static XWPFTable table(XWPFDocument doc, String header) {
		for (XWPFTable table : doc.getTables()) {
			if (table.getRows().get(0).getTableCells().stream().anyMatch(c -> c.getText().equals(header))) {
				return table;
			}
		}
		throw new AssertionError("no table headed " + header);
	}

	/**
	 * A green listing added in Word whose name words neither 绿色工厂 nor 绿色供应链管理企业: its kind is reported and
	 * left empty, never guessed; a carrier whose name does not say 工业设计中心 is a 技术创新载体, the list's general kind.
	 */
	@Test
	void aListingsKindIsReadFromItsNameOrReported() throws Exception {
		CompetitionReport sample = (CompetitionReport) ReaderTesting.sample("competition-2026");
		Path docx = dir.resolve("listings.docx");
		DocxExporter.export(sample, docx, ExportMode.DRAFT, null);
		List<ApprovedListing> green = sample.getGreen().getListings();
		List<ApprovedListing> carriers = sample.getInnovation().getCarriers();
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			appendCopy(doc, green.get(green.size() - 1).getName(), "湖南省节能示范企业（株洲新增硬质合金有限公司）", "省级", "湖南省工业和信息化厅",
					"2025年12月");
			appendCopy(doc, carriers.get(carriers.size() - 1).getName(), "湖南省工程研究中心（株洲新增硬质合金有限公司）", "省级", "2025年12月",
					"湖南省发展和改革委员会");
			try (OutputStream out = Files.newOutputStream(docx)) {
				doc.write(out);
			}
		}

		FormReadResult result = FormReader.read(docx, null, null);

		CompetitionReport read = (CompetitionReport) result.document();
		ApprovedListing added = read.getGreen().getListings().get(green.size());
		assertEquals("湖南省节能示范企业（株洲新增硬质合金有限公司）", added.getName());
		assertEquals(ListingKind.NONE, added.getKind());
		assertEquals(AdministrativeLevel.PROVINCE, added.getLevel());
		ApprovedListing carrier = read.getInnovation().getCarriers().get(carriers.size());
		assertEquals(ListingKind.TECHNOLOGY_CARRIER, carrier.getKind());
		assertEquals(YearMonth.of(2025, 12), carrier.getApprovedOn());
		assertEquals("湖南省发展和改革委员会", carrier.getApprover());
		List<String> lines = result.unread().stream().filter(p -> !p.reason().contains("此版本")).map(UnreadPlace::toString).toList();
		assertEquals(List.of("2.5 集群绿色发展情况 / 省级及以上绿色工厂、绿色供应链企业名单 / 湖南省节能示范企业（株洲新增硬质合金有限公司） / 类别："
				+ "“湖南省节能示范企业（株洲新增硬质合金有限公司）” — 名称未写明类别（如绿色工厂、绿色供应链管理企业），请在编辑器中选择"), lines);
	}

	/** The row of a library table whose name cell (the second) is the name. */
	static XWPFTableRow libraryRow(XWPFDocument doc, String name) {
		for (XWPFTable table : doc.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				if (row.getTableCells().size() > 2 && row.getCell(1).getText().equals(name)) {
					return row;
				}
			}
		}
		throw new AssertionError("no library row " + name);
	}

	/** A copy of the row that names the text, typed over and put under it as a person adds a row. */
	static void appendCopy(XWPFDocument doc, String name, String... values) {
		XWPFTableRow template = null;
		for (XWPFTable table : doc.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				if (row.getTableCells().stream().anyMatch(c -> c.getText().equals(name))) {
					template = row;
				}
			}
		}
		if (template == null) {
			throw new AssertionError("no row " + name);
		}
		XWPFTable table = template.getTable();
		XWPFTableRow added = new XWPFTableRow((org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow) template.getCtRow().copy(), table);
		List<XWPFTableCell> cells = added.getTableCells();
		for (int i = 0; i < values.length; i++) {
			setCell(cells.get(i), values[i]);
		}
		// POI inserts a copy of the row's XML: typed over before it goes in
		table.addRow(added, table.getRows().indexOf(template) + 1);
	}

	// ---------------------------------------------------------------- editing as a person does

	static XWPFTableRow row(XWPFDocument doc, String label) {
		for (XWPFTable table : doc.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					if (!cell.getParagraphs().isEmpty() && cell.getParagraphs().get(0).getText().equals(label)) {
						return row;
					}
				}
			}
		}
		throw new AssertionError("no row " + label);
	}

	static void setValue(XWPFDocument doc, String label, String text) {
		List<XWPFTableCell> cells = row(doc, label).getTableCells();
		setCell(cells.get(cells.size() - 1), text);
	}

	static void setValueLines(XWPFDocument doc, String label, String... lines) {
		List<XWPFTableCell> cells = row(doc, label).getTableCells();
		XWPFTableCell cell = cells.get(cells.size() - 1);
		setCell(cell, lines[0]);
		for (int i = 1; i < lines.length; i++) {
			cell.addParagraph().createRun().setText(lines[i]);
		}
	}

	static void setYear(XWPFDocument doc, String label, int column, String text) {
		setCell(row(doc, label).getTableCells().get(column), text);
	}

	static void setCell(XWPFTableCell cell, String text) {
		while (cell.getParagraphs().size() > 1) {
			cell.removeParagraph(1);
		}
		replaceText(cell.getParagraphs().get(0), text);
	}

	static void replaceText(XWPFParagraph p, String text) {
		while (!p.getRuns().isEmpty()) {
			p.removeRun(0);
		}
		p.createRun().setText(text);
	}
}
