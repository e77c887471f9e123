/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.util.regex.Pattern;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.ContactKind;
import org.clusterdesk.model.UnitContact;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * G12: phone numbers look like phone numbers — a mobile number is 11 digits starting 1[3-9]; a landline has an area
 * code (0 and 2–3 digits) and 7–8 digits, separators allowed, an extension too. A malformed number is a warning
 * (W); where the edition asks 联系手机 ({@link ContactKind#MOBILE_ONLY}, Shaanxi) only a mobile number is accepted
 * (E). Every contact the edition shows: the cover's, the departments', the competition report's units and parks,
 * the library rows' (one walk, however long the libraries). An empty number is G01's.
 */
public class PhoneNumbers implements Rule {

	/** Between several numbers in one box: 0917-3381234，13991712345. */
	private static final Pattern LIST = Pattern.compile("[,，;；/、]"); //$NON-NLS-1$

	/** What people put inside a number: spaces, dashes, brackets round the area code (半角/全角). */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000\\-\\u2010-\\u2015\\uff0d()（）]+"); //$NON-NLS-1$

	/** An extension at the end: 转8001, 分机8001, #8001, ext 8001. */
	private static final Pattern EXTENSION = Pattern.compile("(?:转|分机|#|ext\\.?)\\s*\\d{1,6}$", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	/** 11 digits starting 1[3-9], after an optional country code. */
	private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?1[3-9]\\d{9}"); //$NON-NLS-1$

	/** An area code (0 and 2–3 digits) and 7–8 digits: 10 to 12 digits starting 0, after an optional country code. */
	private static final Pattern LANDLINE = Pattern.compile("(?:\\+?86)?0\\d{9,11}"); //$NON-NLS-1$

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof ClusterDocument) || context.edition() == null) {
			return;
		}
		boolean mobileOnly = context.edition().getContactKind() == ContactKind.MOBILE_ONLY;
		ShownContents.walk(context, (o, inRow) -> {
			if (o instanceof Contact contact && inRow) {
				check(context, contact, Literals.CONTACT__PHONE, contact.getPhone(), mobileOnly);
			} else if (o instanceof UnitContact unit && inRow) {
				check(context, unit, Literals.UNIT_CONTACT__HEAD_PHONE, unit.getHeadPhone(), mobileOnly);
				check(context, unit, Literals.UNIT_CONTACT__CONTACT_PHONE, unit.getContactPhone(), mobileOnly);
			}
		});
	}

	private static void check(RuleContext context, EObject owner, EAttribute feature, String phone, boolean mobileOnly) {
		if (phone == null || phone.isBlank()) {
			return;
		}
		String where = Places.where(context, owner, feature);
		if (mobileOnly) {
			if (!isMobile(phone)) {
				context.error(owner, feature, where, NLS.bind(Messages.G12_notMobile, phone.strip()), phone.strip(),
						Messages.G12_expectedMobile);
			}
		} else if (!isPhone(phone)) {
			context.report(Diagnostic.WARNING, owner, feature, where, NLS.bind(Messages.G12_malformed, phone.strip()),
					phone.strip(), Messages.G12_expectedPhone);
		}
	}

	/** Whether every number in the box is a mobile number. */
	static boolean isMobile(String phone) {
		for (String number : LIST.split(halfWidth(phone))) {
			if (!MOBILE.matcher(SEPARATORS.matcher(number).replaceAll("")).matches()) { //$NON-NLS-1$
				return false;
			}
		}
		return true;
	}

	/** Whether every number in the box is a mobile number or a landline with its area code. */
	static boolean isPhone(String phone) {
		for (String number : LIST.split(halfWidth(phone))) {
			String n = EXTENSION.matcher(number.strip()).replaceAll(""); //$NON-NLS-1$
			String compact = SEPARATORS.matcher(n).replaceAll(""); //$NON-NLS-1$
			if (MOBILE.matcher(compact).matches() || LANDLINE.matcher(compact).matches()) {
				continue;
			}
			// 0551-63751234-8001: the last group after a dash is an extension
			String[] groups = SEPARATORS.split(n.strip());
			String last = groups[groups.length - 1];
			if (groups.length < 3 || last.length() > 6
					|| !LANDLINE.matcher(compact.substring(0, compact.length() - last.length())).matches()) {
				return false;
			}
		}
		return true;
	}

	/** Full-width digits and plus as half-width: people type numbers with a Chinese input method. */
	private static String halfWidth(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		for (char c : text.strip().toCharArray()) {
			sb.append(c >= '\uff10' && c <= '\uff19' || c == '\uff0b' ? (char) (c - 0xfee0) : c);
		}
		return sb.toString();
	}
}
