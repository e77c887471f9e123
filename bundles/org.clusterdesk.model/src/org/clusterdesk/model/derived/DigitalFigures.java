/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.DigitalSection;
import org.clusterdesk.model.YearlyCount;

/** Derived values of section 四 数字化升级情况 (D04). */
public final class DigitalFigures {

	private DigitalFigures() {
	}

	/** D04: 上云比例 = cloud SMEs / SMEs × 100. */
	public static BigDecimal cloudRatio(DigitalSection section, int year) {
		return DecimalMath.percent(SeriesFigures.valueOrNull(section.getCloudSmes(), year), smes(section, year));
	}

	/** D04: 工业互联网平台应用普及率 = connected SMEs / SMEs × 100 (Beijing 说明 13). */
	public static BigDecimal iiotPenetration(DigitalSection section, int year) {
		return DecimalMath.percent(SeriesFigures.valueOrNull(section.getIiotSmes(), year), smes(section, year));
	}

	/** The SME count lives in section 二 of the same application. */
	private static BigDecimal smes(DigitalSection section, int year) {
		if (section.eContainer() instanceof Application application && application.getIndustry() != null) {
			YearlyCount smes = application.getIndustry().getSmes();
			return SeriesFigures.valueOrNull(smes, year);
		}
		return null;
	}
}
