/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;

import org.clusterdesk.model.Unit;

/** D09: 亿元 = 10 000 万元. Amounts in 亿美元 never convert to 亿元: the forms give no rate. */
public final class UnitConversion {

	private UnitConversion() {
	}

	public static BigDecimal yiToWan(BigDecimal yiYuan) {
		return DecimalMath.multiply(yiYuan, DecimalMath.TEN_THOUSAND);
	}

	public static BigDecimal wanToYi(BigDecimal wanYuan) {
		return wanYuan == null ? null : wanYuan.divide(DecimalMath.TEN_THOUSAND, DecimalMath.CONTEXT);
	}

	/** Whether values of the two units can be compared after conversion. */
	public static boolean convertible(Unit from, Unit to) {
		return from == to || isYuan(from) && isYuan(to);
	}

	/**
	 * Converts between 亿元 and 万元; the identity for equal units.
	 *
	 * @throws IllegalArgumentException for units that do not convert, e.g. 亿美元 to 亿元
	 */
	public static BigDecimal convert(BigDecimal value, Unit from, Unit to) {
		if (!convertible(from, to)) {
			throw new IllegalArgumentException(from + " -> " + to);
		}
		if (value == null || from == to) {
			return value;
		}
		return from == Unit.YI_YUAN ? yiToWan(value) : wanToYi(value);
	}

	private static boolean isYuan(Unit unit) {
		return unit == Unit.YI_YUAN || unit == Unit.WAN_YUAN;
	}
}
