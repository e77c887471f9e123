/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.util.List;
import java.util.stream.Collectors;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormKind;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.labels.ModelLabels;
import org.clusterdesk.model.provider.ClusterDeskEditPlugin;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/** How the wizards describe an edition: issuer, years, kind, in the forms' wording. */
public final class EditionTexts {

	private EditionTexts() {
	}

	public static String title(Edition edition) {
		return edition.getTitle() == null ? edition.getId() : edition.getTitle();
	}

	/** The issuer (制表单位), or a note that the form names none. */
	public static String issuer(Edition edition) {
		return edition.getIssuer() == null || edition.getIssuer().isBlank() ? Messages.Edition_noIssuer : edition.getIssuer();
	}

	/** 申报表 / 复核申报表 / 集群竞赛申报表. */
	public static String kind(Edition edition) {
		FormKind kind = edition.getKind();
		return ModelLabels.literal(kind);
	}

	/** The data years as a range, e.g. 2022—2024. */
	public static String dataYears(Edition edition) {
		return range(edition.getDataYears());
	}

	/** Plan baseline and target, e.g. 2024 → 2027. */
	public static String planYears(Edition edition) {
		if (edition.getPlanBaselineYear() == null || edition.getPlanTargetYear() == null) {
			return ""; //$NON-NLS-1$
		}
		return NLS.bind(Messages.Edition_planYears, edition.getPlanBaselineYear(), edition.getPlanTargetYear());
	}

	/** One line for lists: title, issuer, years. */
	public static String summary(Edition edition) {
		return NLS.bind(Messages.Edition_summary, new Object[] { title(edition), issuer(edition), dataYears(edition), planYears(edition) });
	}

	/** Everything a filer checks before choosing: several lines. */
	public static String details(Edition edition) {
		StringBuilder sb = new StringBuilder();
		line(sb, Messages.Edition_detailTitle, title(edition));
		line(sb, Messages.Edition_detailIssuer, issuer(edition));
		line(sb, Messages.Edition_detailKind, kind(edition));
		line(sb, Messages.Edition_detailDataYears, dataYears(edition)
				+ (edition.getDataCutoff() == null ? "" : NLS.bind(Messages.Edition_cutoff, edition.getDataCutoff()))); //$NON-NLS-1$
		line(sb, Messages.Edition_detailPlanYears, planYears(edition)
				+ (edition.getStageYears().isEmpty() ? "" : NLS.bind(Messages.Edition_stages, join(edition.getStageYears())))); //$NON-NLS-1$
		if (edition.getReviewBaselineYear() != null && edition.getReviewTargetYear() != null) {
			line(sb, Messages.Edition_detailReviewYears,
					NLS.bind(Messages.Edition_planYears, edition.getReviewBaselineYear(), edition.getReviewTargetYear()));
		}
		line(sb, Messages.Edition_detailRecommendation, edition.getRecommendationTitle());
		line(sb, Messages.Edition_detailNamePattern, edition.getNamePatternHint());
		line(sb, Messages.Edition_detailId, edition.getId());
		if (edition.getKind() == FormKind.REVIEW) {
			sb.append(Messages.Edition_reviewHint);
		}
		return sb.toString().strip();
	}

	/** The form's wording of the row that shows the feature in this edition, else the model's label. */
	public static String label(Edition edition, EStructuralFeature feature) {
		FormRow row = edition == null ? null : edition.rowFor(feature);
		if (row != null && row.getLabel() != null) {
			return row.getLabel();
		}
		return featureLabel(feature);
	}

	/** The model's Chinese label of a feature (edit plugin.properties). */
	public static String featureLabel(EStructuralFeature feature) {
		return ClusterDeskEditPlugin.INSTANCE
				.getString("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The note of the region row (which parts of 所属地区 the form asks), or null. */
	public static String regionNote(Edition edition) {
		FormRow row = edition.rowFor(Literals.APPLICATION__REGION);
		return row == null ? null : row.getNote();
	}

	private static String range(List<Integer> years) {
		if (years.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		if (years.size() == 1) {
			return String.valueOf(years.get(0));
		}
		return NLS.bind(Messages.Edition_yearRange, years.get(0), years.get(years.size() - 1));
	}

	private static String join(List<Integer> years) {
		return years.stream().map(String::valueOf).collect(Collectors.joining(Messages.Edition_listSeparator));
	}

	private static void line(StringBuilder sb, String label, String value) {
		if (value != null && !value.isBlank()) {
			sb.append(label).append(value).append('\n');
		}
	}
}
