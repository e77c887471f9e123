/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.math.BigDecimal;
import java.util.Locale;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * G04 (E): percentages lie in their range. Which percentages: the features whose form annotation says unit=PERCENT
 * (for a yearly row, the row's feature). What kind, by the feature's name, so that a new feature follows the
 * modeller's naming: a name containing "growth" is a growth rate (增速, 增长率, 年均增速, 累计增长率, the competition
 * report's 增幅), which must be &gt; −100 (nothing shrinks by more than all of it); a name containing "reduction" is a
 * reduction rate (降低率), which must be ≤ 100; every other percentage is a share, ratio, penetration or
 * utilisation rate, in [0, 100].
 */
public class RateRanges implements Rule {

	private static final String PERCENT = "PERCENT"; //$NON-NLS-1$

	private static final BigDecimal MINUS_HUNDRED = DecimalMath.HUNDRED.negate();

	enum Kind {
		SHARE, GROWTH, REDUCTION
	}

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof ClusterDocument)) {
			return;
		}
		ShownContents.walk(context, (o, inRow) -> {
			for (EAttribute attribute : o.eClass().getEAllAttributes()) {
				if (attribute.isMany() || attribute.getEAttributeType().getInstanceClass() != BigDecimal.class
						|| !ShownContents.shows(context, attribute, inRow)) {
					continue;
				}
				BigDecimal value = (BigDecimal) o.eGet(attribute);
				Kind kind = value == null ? null : kind(o, attribute);
				if (kind != null) {
					check(context, o, attribute, value, kind);
				}
			}
		});
	}

	private static void check(RuleContext context, EObject owner, EAttribute attribute, BigDecimal value, Kind kind) {
		String where = Places.where(context, owner, attribute);
		String shown = value.toPlainString();
		switch (kind) {
		case SHARE -> {
			if (value.signum() < 0 || value.compareTo(DecimalMath.HUNDRED) > 0) {
				context.error(owner, attribute, where, NLS.bind(Messages.G04_shareOutOfRange, shown), value, Messages.G04_shareExpected);
			}
		}
		case GROWTH -> {
			if (value.compareTo(MINUS_HUNDRED) <= 0) {
				context.error(owner, attribute, where, NLS.bind(Messages.G04_growthTooLow, shown), value, Messages.G04_growthExpected);
			}
		}
		case REDUCTION -> {
			if (value.compareTo(DecimalMath.HUNDRED) > 0) {
				context.error(owner, attribute, where, NLS.bind(Messages.G04_reductionTooHigh, shown), value,
						Messages.G04_reductionExpected);
			}
		}
		}
	}

	/** The kind of percentage the attribute holds, or null when it is not a percentage. */
	static Kind kind(EObject owner, EAttribute attribute) {
		EStructuralFeature named = attribute;
		if (!isPercent(attribute)) {
			// a value of a yearly row: the row's feature carries the unit
			if (!(owner instanceof YearDecimal) || !(owner.eContainer() instanceof YearlyDecimal series)
					|| !isPercent(series.eContainingFeature())) {
				return null;
			}
			named = series.eContainingFeature();
		} else if (attribute == Literals.COMPARED_DECIMAL__GROWTH || attribute == Literals.COMPARED_COUNT__GROWTH) {
			// 增幅 of a row that is itself a growth rate (集群研发经费增速) compares two rates that may be negative:
			// its relative change has no bound
			EStructuralFeature row = owner.eContainingFeature();
			if (row != null && isPercent(row) && kindOf(row) != Kind.SHARE) {
				return null;
			}
		}
		return kindOf(named);
	}

	private static Kind kindOf(EStructuralFeature feature) {
		String name = feature.getName().toLowerCase(Locale.ROOT);
		if (name.contains("growth")) { //$NON-NLS-1$
			return Kind.GROWTH;
		}
		return name.contains("reduction") ? Kind.REDUCTION : Kind.SHARE; //$NON-NLS-1$
	}

	private static boolean isPercent(EStructuralFeature feature) {
		EAnnotation annotation = feature == null ? null : feature.getEAnnotation(NarrativeLength.FORM_ANNOTATION);
		return annotation != null && PERCENT.equals(annotation.getDetails().get("unit")); //$NON-NLS-1$
	}
}
