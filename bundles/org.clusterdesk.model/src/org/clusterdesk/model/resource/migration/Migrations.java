/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.migration.steps.Steps;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;

/**
 * The migration chain: every {@link MigrationStep} of every metamodel version, oldest first. To change the metamodel
 * in a way old files need: raise the version in the .ecore's nsURI, write one step class whose source version is
 * the previous version, list it in {@link Steps#all()}, and add a fixture of the previous version to the tests.
 */
public final class Migrations {

	private static final List<MigrationStep> STEPS = Steps.all();

	private Migrations() {
	}

	/** Every step, ordered by source version. */
	public static List<MigrationStep> steps() {
		List<MigrationStep> steps = new ArrayList<>(STEPS);
		steps.sort(Comparator.comparingInt(MigrationStep::sourceVersion));
		return steps;
	}

	/**
	 * Migrates a document loaded from a file of an older version (loaded with unknown features recorded): points the
	 * old file's references to metamodel features at the current metamodel, runs the steps, and names every value
	 * of the old file that no step took. Attaches and returns the report.
	 */
	public static MigrationReport migrate(XMLResource resource, int fromVersion) {
		MigrationReport.clear(resource);
		ClusterDocument document = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ClusterDocument d) ? null : d;
		List<MigrationStep> steps = steps().stream().filter(s -> s.sourceVersion() >= fromVersion && s.sourceVersion() < FileVersions.CURRENT).toList();
		List<String> changes = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		if (document != null) {
			retargetFeatureReferences(document, fromVersion, steps);
			MigrationContext context = new MigrationContext(resource, document, fromVersion);
			for (MigrationStep step : steps) {
				step.migrate(context);
			}
			changes.addAll(context.changes());
			missing.addAll(context.missingValues());
		}
		changes.addAll(dropUntaken(resource));
		MigrationReport report = new MigrationReport(fromVersion, FileVersions.CURRENT, changes, missing);
		resource.eAdapters().add(report);
		return report;
	}

	/**
	 * Old files reference metamodel features by the old namespace URI (evidence links: {@code ecore:EAttribute
	 * http://www.clusterdesk.org/model/1.0#//IndustrySection/chainWorks}); point them at the current one, following
	 * the features the steps moved.
	 */
	private static void retargetFeatureReferences(ClusterDocument document, int fromVersion, List<MigrationStep> steps) {
		for (TreeIterator<EObject> it = document.eAllContents(); it.hasNext();) {
			retarget(it.next(), steps);
		}
		retarget(document, steps);
	}

	private static void retarget(EObject object, List<MigrationStep> steps) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
				continue;
			}
			Object value = object.eGet(reference, false);
			if (value instanceof List<?> list) {
				for (Object o : list) {
					retargetProxy(o, steps);
				}
			} else {
				retargetProxy(value, steps);
			}
		}
	}

	private static void retargetProxy(Object value, List<MigrationStep> steps) {
		if (!(value instanceof InternalEObject proxy) || !proxy.eIsProxy()) {
			return;
		}
		URI uri = proxy.eProxyURI();
		if (!FileVersions.isOlder(uri.trimFragment().toString())) {
			return;
		}
		String fragment = uri.fragment();
		for (MigrationStep step : steps) {
			Map<String, String> moved = step.movedFeatures();
			if (fragment != null && moved.containsKey(fragment)) {
				fragment = moved.get(fragment);
			}
		}
		proxy.eSetProxyURI(URI.createURI(FileVersions.nsURI(FileVersions.CURRENT)).appendFragment(fragment));
	}

	/** Values of the old file that no step took: named in the report, not kept (the new form has no place for them). */
	private static List<String> dropUntaken(XMLResource resource) {
		List<String> dropped = new ArrayList<>();
		for (Map.Entry<EObject, AnyType> e : resource.getEObjectToExtensionMap().entrySet()) {
			String owner = e.getKey().eClass().getName();
			for (FeatureMap.Entry a : e.getValue().getAnyAttribute()) {
				dropped.add(Messages.bind(Messages.Report_dropped, new Object[] { owner, a.getEStructuralFeature().getName(), a.getValue() }));
			}
			for (FeatureMap.Entry m : e.getValue().getMixed()) {
				if (m.getValue() instanceof AnyType element) {
					dropped.add(Messages.bind(Messages.Report_dropped, new Object[] { owner, m.getEStructuralFeature().getName(), MigrationContext.text(element) }));
				}
			}
		}
		resource.getEObjectToExtensionMap().clear();
		return dropped;
	}
}
