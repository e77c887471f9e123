/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.clusterdesk.model.ClusterDocument;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;

/**
 * What a {@link MigrationStep} works on: the loaded document, the values of features the current metamodel no longer
 * has (recorded by the loader per object), and the report that tells the user what changed.
 */
public final class MigrationContext {

	private final XMLResource resource;
	private final ClusterDocument document;
	private final int fromVersion;
	private final List<String> changes = new ArrayList<>();
	private final List<String> missing = new ArrayList<>();

	MigrationContext(XMLResource resource, ClusterDocument document, int fromVersion) {
		this.resource = resource;
		this.document = document;
		this.fromVersion = fromVersion;
	}

	/** The document being migrated. */
	public ClusterDocument document() {
		return document;
	}

	/** The version the file was written with. */
	public int fromVersion() {
		return fromVersion;
	}

	/** Every object of the document that is an instance of the type, the document included, in document order. */
	public <T> List<T> all(Class<T> type) {
		List<T> result = new ArrayList<>();
		if (type.isInstance(document)) {
			result.add(type.cast(document));
		}
		for (TreeIterator<EObject> it = document.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (type.isInstance(o)) {
				result.add(type.cast(o));
			}
		}
		return result;
	}

	/**
	 * Takes the value of an attribute of the old file that the current metamodel no longer has (written as an XML
	 * attribute, or as an element holding text): the text as written, or null when the old file had none. Taken
	 * values are not reported as lost.
	 */
	public String take(EObject owner, String name) {
		AnyType extension = resource.getEObjectToExtensionMap().get(owner);
		if (extension == null) {
			return null;
		}
		String value = remove(extension.getAnyAttribute(), name);
		if (value == null) {
			List<AnyType> elements = takeElements(owner, name);
			if (!elements.isEmpty()) {
				value = text(elements.get(0));
			}
		}
		return value;
	}

	/** Takes the elements of the old file with that name under the object (contained objects of an old feature). */
	public List<AnyType> takeElements(EObject owner, String name) {
		List<AnyType> result = new ArrayList<>();
		AnyType extension = resource.getEObjectToExtensionMap().get(owner);
		if (extension == null) {
			return result;
		}
		for (Iterator<FeatureMap.Entry> it = extension.getMixed().iterator(); it.hasNext();) {
			FeatureMap.Entry entry = it.next();
			if (name.equals(entry.getEStructuralFeature().getName()) && entry.getValue() instanceof AnyType element) {
				result.add(element);
				it.remove();
			}
		}
		return result;
	}

	/** An attribute of an element taken with {@link #takeElements}. */
	public static String attribute(AnyType element, String name) {
		for (FeatureMap.Entry entry : element.getAnyAttribute()) {
			if (name.equals(entry.getEStructuralFeature().getName())) {
				return entry.getValue() == null ? null : entry.getValue().toString();
			}
		}
		return null;
	}

	private static String remove(FeatureMap map, String name) {
		for (Iterator<FeatureMap.Entry> it = map.iterator(); it.hasNext();) {
			FeatureMap.Entry entry = it.next();
			EStructuralFeature feature = entry.getEStructuralFeature();
			if (name.equals(feature.getName())) {
				it.remove();
				return entry.getValue() == null ? null : entry.getValue().toString();
			}
		}
		return null;
	}

	static String text(AnyType element) {
		StringBuilder text = new StringBuilder();
		for (FeatureMap.Entry entry : element.getMixed()) {
			if (entry.getValue() instanceof String s) {
				text.append(s);
			}
		}
		return text.toString().strip();
	}

	/** Tells the user one thing this step changed (the form's wording; shown after 已按新版表式升级：). */
	public void changed(String change) {
		changes.add(change);
	}

	/**
	 * Names a value the new form asks for that the old file could not hold (validation will report it as missing
	 * until the user fills it in).
	 */
	public void missing(String value) {
		missing.add(value);
	}

	List<String> changes() {
		return changes;
	}

	List<String> missingValues() {
		return missing;
	}
}
