/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.DigitalSection;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.GreenSection;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.InnovationSection;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.ParkIndicator;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.RankingTable;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.YearlyDecimal;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * Every derived value of a document (D01–D09, P10), in the order of the form, each beside the entered value it
 * must agree with. One list for all consumers: the command line prints it, the editor shows it beside its inputs,
 * the exporters and the validation read it.
 */
public final class DerivedValues {

	private final ClusterDocument document;

	private final Edition edition;

	private final List<DerivedValue> values = new ArrayList<>();

	private DerivedValues(ClusterDocument document) {
		this.document = document;
		this.edition = document.getEdition();
	}

	/** The derived values of the document; empty when its edition is unknown. */
	public static List<DerivedValue> of(ClusterDocument document) {
		DerivedValues derived = new DerivedValues(document);
		if (derived.edition != null) {
			if (document instanceof Application application) {
				derived.application(application);
			} else if (document instanceof CompetitionReport report) {
				derived.competition(report);
			}
		}
		return List.copyOf(derived.values);
	}

	private void application(Application a) {
		IndustrySection industry = a.getIndustry();
		if (industry != null) {
			for (int y : laterYears()) {
				if (has(Literals.INDUSTRY_SECTION__TOTAL_OUTPUT)) {
					add("D01", yearLabel(Messages.Derived_outputGrowth, y), y, SeriesFigures.growth(orEmpty(SeriesFigures.readable(industry.getTotalOutput())), y), null,
							Messages.Formula_growth, industry, Literals.INDUSTRY_SECTION__TOTAL_OUTPUT);
				}
			}
			for (int y : edition.getDataYears()) {
				if (has(Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE)) {
					add("D03", yearLabel(Messages.Derived_leadingOutput, y), y, industry.leadingIndustryOutput(y), null,
							Messages.Formula_leadingOutput, industry, Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE);
				}
			}
			for (int y : laterYears()) {
				yearly("D03", industry, Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH, industry.getLeadingIndustryGrowth(), y,
						industry.leadingIndustryOutputGrowth(y), Messages.Formula_leadingGrowth);
			}
			if (has(Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH)) {
				BigDecimal computed = has(Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH)
						? industry.computedLeadingIndustryAverageGrowth() : null;
				String formula = Messages.Formula_geometric;
				if (computed == null) {
					// the form gives only the values: the average from the first and last leading-industry output
					computed = DecimalMath.averageGrowth(industry.leadingIndustryOutput(first()), industry.leadingIndustryOutput(last()),
							last() - first());
					formula = Messages.Formula_averageFromValues;
				}
				add("D02", label(Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH), null, computed,
						industry.getLeadingIndustryAverageGrowth(), formula, industry, Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH);
			}
			if (has(Literals.INDUSTRY_SECTION__TOTAL_OUTPUT)) {
				add("D02", Messages.Derived_outputAverageGrowth, null, industry.outputAverageGrowth(), null, Messages.Formula_averageFromValues,
						industry, Literals.INDUSTRY_SECTION__TOTAL_OUTPUT);
			}
			for (int y : laterYears()) {
				yearly("D01", industry, Literals.INDUSTRY_SECTION__FDI_GROWTH, industry.getFdiGrowth(), y, industry.computedFdiGrowth(y),
						Messages.Formula_growth);
				yearly("D01", industry, Literals.INDUSTRY_SECTION__EXPORT_GROWTH, industry.getExportGrowth(), y,
						industry.computedExportGrowth(y), Messages.Formula_growth);
			}
		}
		InnovationSection innovation = a.getInnovation();
		if (innovation != null) {
			for (int y : laterYears()) {
				yearly("D01", innovation, Literals.INNOVATION_SECTION__RD_GROWTH, innovation.getRdGrowth(), y,
						has(Literals.INNOVATION_SECTION__RD_EXPENDITURE) ? innovation.computedRdGrowth(y) : null, Messages.Formula_growth);
			}
			if (has(Literals.INNOVATION_SECTION__PATENTS_PER10K) && has(Literals.INNOVATION_SECTION__SME_EMPLOYEES)) {
				add("D05", label(Literals.INNOVATION_SECTION__PATENTS_PER10K), null, innovation.computedPatentsPer10k(),
						innovation.getPatentsPer10k(), Messages.Formula_per10k, innovation, Literals.INNOVATION_SECTION__PATENTS_PER10K);
			}
			if (has(Literals.INNOVATION_SECTION__RD_STAFF) && has(Literals.INNOVATION_SECTION__SME_EMPLOYEES)) {
				for (int y : edition.getDataYears()) {
					add("D04", yearLabel(Messages.Derived_rdStaffShare, y), y, innovation.computedRdStaffShare(y), null,
							Messages.Formula_rdStaffShare, innovation, Literals.INNOVATION_SECTION__RD_STAFF);
				}
			}
		}
		DigitalSection digital = a.getDigital();
		if (digital != null) {
			if (has(Literals.DIGITAL_SECTION__CLOUD_SMES)) {
				for (int y : yearsOf(Literals.DIGITAL_SECTION__CLOUD_RATIO)) {
					yearly("D04", digital, Literals.DIGITAL_SECTION__CLOUD_RATIO, digital.getCloudRatio(), y, digital.computedCloudRatio(y),
							Messages.Formula_cloudRatio);
				}
			}
			if (has(Literals.DIGITAL_SECTION__IIOT_SMES)) {
				for (int y : yearsOf(Literals.DIGITAL_SECTION__IIOT_PENETRATION)) {
					yearly("D04", digital, Literals.DIGITAL_SECTION__IIOT_PENETRATION, digital.getIiotPenetration(), y,
							digital.computedIiotPenetration(y), Messages.Formula_iiotPenetration);
				}
			}
		}
		GreenSection green = a.getGreen();
		if (green != null) {
			if (has(Literals.GREEN_SECTION__ENERGY_REDUCTION_RATE) && has(Literals.GREEN_SECTION__ENERGY_PER_OUTPUT)) {
				add("D07", label(Literals.GREEN_SECTION__ENERGY_REDUCTION_RATE), null, green.computedEnergyReduction(),
						green.getEnergyReductionRate(), Messages.Formula_reduction, green, Literals.GREEN_SECTION__ENERGY_REDUCTION_RATE);
			}
			if (has(Literals.GREEN_SECTION__CO2_REDUCTION_RATE) && has(Literals.GREEN_SECTION__CO2_PER_OUTPUT)) {
				add("D07", label(Literals.GREEN_SECTION__CO2_REDUCTION_RATE), null, green.computedCo2Reduction(),
						green.getCo2ReductionRate(), Messages.Formula_reduction, green, Literals.GREEN_SECTION__CO2_REDUCTION_RATE);
			}
		}
		plan(a.getPlan());
		ReviewSection review = a.getReview();
		if (review != null && has(Literals.APPLICATION__REVIEW)) {
			for (CompletionIndicator c : review.getCompletion()) {
				add("P10", NLS.bind(Messages.Derived_attainment, name(c)), null, c.attainment(), null, Messages.Formula_attainment, c,
						Literals.COMPLETION_INDICATOR__ACHIEVED);
			}
			plan(review.getNewPlan());
		}
	}

	private void plan(PlanSection plan) {
		if (plan == null) {
			return;
		}
		for (PlanIndicator indicator : plan.getTargets()) {
			if (indicator.getBaseline() != null && indicator.getTarget() != null) {
				add("P02", NLS.bind(Messages.Derived_planAverageGrowth, name(indicator)), null, indicator.averageGrowth(), null,
						Messages.Formula_planAverage, indicator, Literals.PLAN_INDICATOR__TARGET);
			}
		}
	}

	private void competition(CompetitionReport r) {
		for (EReference part : List.of(Literals.COMPETITION_REPORT__ECONOMY, Literals.COMPETITION_REPORT__ENTERPRISES,
				Literals.COMPETITION_REPORT__INNOVATION, Literals.COMPETITION_REPORT__GREEN, Literals.COMPETITION_REPORT__PUBLIC_SERVICE)) {
			if (!(r.eGet(part) instanceof EObject section)) {
				continue;
			}
			for (EStructuralFeature feature : section.eClass().getEAllStructuralFeatures()) {
				if (!has(feature)) {
					continue;
				}
				Object value = section.eGet(feature);
				if (value instanceof ComparedDecimal row && !(value instanceof org.clusterdesk.model.RankedEnterprise)) {
					add("D08", NLS.bind(Messages.Derived_increase, label(feature)), null, row.computedGrowth(), row.getGrowth(),
							Messages.Formula_increase, row, Literals.COMPARED_DECIMAL__GROWTH);
				} else if (value instanceof ComparedCount row) {
					add("D08", NLS.bind(Messages.Derived_increase, label(feature)), null, row.computedGrowth(), row.getGrowth(),
							Messages.Formula_increase, row, Literals.COMPARED_COUNT__GROWTH);
				} else if (value instanceof RankingTable table) {
					for (int y : edition.getDataYears()) {
						BigDecimal entered = enteredAt(table.getTotal(), y);
						add("D08", yearLabel(NLS.bind(Messages.Derived_total, label(feature)), y), y, table.computedTotal(y), entered,
								Messages.Formula_total, table.getTotal(), Literals.YEARLY_DECIMAL__VALUES);
					}
				}
			}
		}
		if (r.getInnovation() != null && has(Literals.INNOVATION_INDICATORS__RD_REVENUE_SHARE)) {
			for (int y : edition.getDataYears()) {
				add("D06", yearLabel(label(Literals.INNOVATION_INDICATORS__RD_REVENUE_SHARE), y), y, r.getInnovation().computedRdRevenueShare(y),
						enteredAt(r.getInnovation().getRdRevenueShare(), y),
						Messages.Formula_rdShare, r.getInnovation().getRdRevenueShare(), Literals.YEARLY_DECIMAL__VALUES);
			}
		}
		if (r.getInnovation() != null && has(Literals.INNOVATION_INDICATORS__RD_GROWTH) && has(Literals.INNOVATION_INDICATORS__RD_EXPENDITURE)
				&& r.getInnovation().getRdExpenditure() != null) {
			YearlyDecimal entered = r.getInnovation().getRdGrowth();
			for (int y : laterYears()) {
				YearlyDecimal rd = SeriesFigures.readable(r.getInnovation().getRdExpenditure());
				add("D01", yearLabel(label(Literals.INNOVATION_INDICATORS__RD_GROWTH), y), y, rd == null ? null : rd.growth(y),
						enteredAt(entered, y), Messages.Formula_growth, entered, Literals.YEARLY_DECIMAL__VALUES);
			}
		}
		if (has(Literals.COMPETITION_REPORT__KEY_PROJECTS_TOTAL)) {
			add("D08", label(Literals.COMPETITION_REPORT__KEY_PROJECTS_TOTAL), null, r.computedKeyProjectsTotal(), r.getKeyProjectsTotal(),
					Messages.Formula_total, r, Literals.COMPETITION_REPORT__KEY_PROJECTS_TOTAL);
		}
		for (Park park : r.getParks()) {
			for (EStructuralFeature feature : park.eClass().getEAllStructuralFeatures()) {
				if (park.eGet(feature) instanceof ParkIndicator indicator && indicator.getParkTotal() != null) {
					add("D08", NLS.bind(Messages.Derived_parkIncrease, park.getName(), label(feature)), null, indicator.computedGrowth(),
							indicator.getGrowth(), Messages.Formula_increase, indicator, Literals.PARK_INDICATOR__GROWTH);
				}
			}
			for (int y : edition.getDataYears()) {
				perMu(park, park.getInvestmentIntensity(), Literals.PARK__INVESTMENT_INTENSITY, y, park::computedInvestmentIntensity);
				perMu(park, park.getTaxPerMu(), Literals.PARK__TAX_PER_MU, y, park::computedTaxPerMu);
			}
		}
	}

	private interface PerMu {
		BigDecimal compute(int year);
	}

	private void perMu(Park park, YearlyDecimal entered, EStructuralFeature feature, int year, PerMu computation) {
		add("D09", yearLabel(NLS.bind(Messages.Derived_parkValue, park.getName(), label(feature)), year), year,
				computation.compute(year), enteredAt(entered, year), Messages.Formula_perMu, park, feature);
	}

	private void yearly(String rule, EObject owner, EStructuralFeature feature, YearlyDecimal entered, int year, BigDecimal computed,
			String formula) {
		if (!has(feature)) {
			return;
		}
		add(rule, yearLabel(label(feature), year), year, computed, enteredAt(entered, year), formula, owner, feature);
	}

	/**
	 * The value entered for a year, or null when the row is empty or filled for other years than the edition's (then
	 * its 2023 is not the form's 2023: G11 reports the table, and nothing is compared with it).
	 */
	private static BigDecimal enteredAt(YearlyDecimal entered, int year) {
		YearlyDecimal readable = SeriesFigures.readable(entered);
		return readable == null ? null : readable.valueOf(year);
	}

	private void add(String rule, String label, Integer year, BigDecimal computed, BigDecimal entered, String formula, EObject owner,
			EStructuralFeature feature) {
		values.add(new DerivedValue(rule, label, year, computed, entered, formula, owner, feature));
	}

	private boolean has(EStructuralFeature feature) {
		return edition.hasField(feature);
	}

	private String label(EStructuralFeature feature) {
		String label = edition.labelFor(feature);
		return label == null ? feature.getName() : label;
	}

	private static String yearLabel(String label, int year) {
		return NLS.bind(Messages.Derived_yearSuffix, label, year);
	}

	private static String name(PlanIndicator indicator) {
		return indicator.getName() != null ? indicator.getName() : String.valueOf(indicator.getKind());
	}

	private int first() {
		return edition.getDataYears().get(0);
	}

	private int last() {
		return edition.getDataYears().get(edition.getDataYears().size() - 1);
	}

	/** The years a row shows: the edition's data years, or only the last one where the edition asks a single value. */
	private List<Integer> yearsOf(EStructuralFeature feature) {
		org.clusterdesk.model.FormRow row = edition.rowFor(feature);
		List<Integer> years = edition.getDataYears();
		return row != null && row.isLastYearOnly() && !years.isEmpty() ? List.of(last()) : years;
	}

	/** The data years after the first: the years a growth against the previous year exists for. */
	private List<Integer> laterYears() {
		List<Integer> years = edition.getDataYears();
		return years.size() < 2 ? List.of() : years.subList(1, years.size());
	}

	private static YearlyDecimal orEmpty(YearlyDecimal series) {
		return series != null ? series : org.clusterdesk.model.ClusterDeskFactory.eINSTANCE.createYearlyDecimal();
	}

}
