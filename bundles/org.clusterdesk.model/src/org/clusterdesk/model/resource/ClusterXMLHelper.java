/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/**
 * Reads the values of a {@code .cluster} file: decimals are bounded ({@link DecimalBounds}), so that an absurd number
 * is refused at load with its line, column, field and value instead of stopping a computation later.
 */
class ClusterXMLHelper extends XMIHelperImpl {

	ClusterXMLHelper(XMLResource resource) {
		super(resource);
	}

	@Override
	protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
		if (value != null && eDataType.getInstanceClass() == BigDecimal.class) {
			return DecimalBounds.parse(value);
		}
		return super.createFromString(eFactory, eDataType, value);
	}
}
