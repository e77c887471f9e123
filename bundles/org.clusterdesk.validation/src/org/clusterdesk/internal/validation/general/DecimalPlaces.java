/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * G02 (E): every decimal the edition shows keeps at most two decimal places (说明 2: 数据有小数时，保留小数点后2位) —
 * 12.50 and 12.5 are fine, 12.345 is not; every whole number (a count, a page) is ≥ 0. One walk over the document.
 */
public class DecimalPlaces implements Rule {

	/** 说明 2 of every form. */
	private static final int MAX_PLACES = 2;

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof ClusterDocument)) {
			return;
		}
		ShownContents.walk(context, (o, inRow) -> {
			for (EAttribute attribute : o.eClass().getEAllAttributes()) {
				if (!ShownContents.shows(context, attribute, inRow) || !o.eIsSet(attribute)) {
					continue;
				}
				Class<?> type = attribute.getEAttributeType().getInstanceClass();
				if (type == BigDecimal.class) {
					for (Object value : values(o, attribute)) {
						checkPlaces(context, o, attribute, (BigDecimal) value);
					}
				} else if ((type == Integer.class || type == int.class) && !isYear(attribute)) {
					for (Object value : values(o, attribute)) {
						checkCount(context, o, attribute, (Integer) value);
					}
				}
			}
		});
	}

	private static void checkPlaces(RuleContext context, EObject owner, EAttribute attribute, BigDecimal value) {
		if (value == null) {
			return;
		}
		int places = Math.max(0, value.stripTrailingZeros().scale());
		if (places > MAX_PLACES) {
			context.error(owner, attribute, Places.where(context, owner, attribute),
					NLS.bind(Messages.G02_tooManyPlaces, new Object[] { value.toPlainString(), places, MAX_PLACES }),
					value, NLS.bind(Messages.G02_expectedPlaces, MAX_PLACES));
		}
	}

	private static void checkCount(RuleContext context, EObject owner, EAttribute attribute, Integer value) {
		if (value != null && value < 0) {
			context.error(owner, attribute, Places.where(context, owner, attribute), NLS.bind(Messages.G02_negative, value), value,
					Messages.G02_expectedNonNegative);
		}
	}

	/** Calendar years are not counts: whether they are the edition's is P01's and G11's to say. */
	private static boolean isYear(EAttribute attribute) {
		String name = attribute.getName();
		return name.equals("year") || name.endsWith("Year"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Collection<?> values(EObject owner, EAttribute attribute) {
		Object value = owner.eGet(attribute);
		return attribute.isMany() ? (Collection<?>) value : List.of(value);
	}
}
