/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.derived.DerivedValues;
import org.clusterdesk.model.forms.CommitmentWording;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterResource;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Applications for the batch benchmark: copies of the bundled samples (a mix of every edition, in turn), each with
 * its own name and its own, deterministic figures — every amount row scaled by a factor between 0.4 and 1.6, and an
 * application's output bent to a growth between −4 % and +6 % a year, so that ranks, thresholds and charts have
 * something to sort. The entered values derived from them (growth, averages, shares, totals) are then brought in
 * line, so that a copy is as consistent as its sample: what validation finds is what the figures mean (outputs below
 * the recognition minimum, for one), not noise from the scaling.
 */
public final class BatchBenchmarkData {

	private static final String FORM_ANNOTATION = "http://www.clusterdesk.org/model/form"; //$NON-NLS-1$

	private static final Set<String> AMOUNTS = Set.of(Unit.YI_YUAN.getName(), Unit.WAN_YUAN.getName(), Unit.YI_USD.getName());

	private BatchBenchmarkData() {
	}

	/**
	 * Writes {@code count} applications into {@code dir} (created if needed) from the .cluster files directly in
	 * {@code samplesDir}; returns the files written, in order.
	 *
	 * @throws IOException when a sample cannot be read or a file cannot be written
	 */
	public static List<Path> write(Path dir, int count, Path samplesDir) throws IOException {
		List<Path> samples;
		try (Stream<Path> files = Files.list(samplesDir)) {
			samples = files.filter(p -> p.getFileName().toString().endsWith("." + ClusterResource.FILE_EXTENSION)).sorted().toList(); //$NON-NLS-1$
		}
		if (samples.isEmpty()) {
			throw new IOException("no .cluster files in " + samplesDir); //$NON-NLS-1$
		}
		Files.createDirectories(dir);
		List<Path> written = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Path sample = samples.get(i % samples.size());
			ClusterDocument document = ClusterFiles.load(sample);
			vary(document, i);
			String stem = sample.getFileName().toString().replace("." + ClusterResource.FILE_EXTENSION, ""); //$NON-NLS-1$ //$NON-NLS-2$
			Path file = dir.resolve(String.format("%05d-%s.%s", i + 1, stem, ClusterResource.FILE_EXTENSION)); //$NON-NLS-1$
			ClusterFiles.save(document.eResource(), file);
			Files.deleteIfExists(file.resolveSibling(file.getFileName() + ClusterFiles.BACKUP_SUFFIX));
			written.add(file);
		}
		return written;
	}

	/** The i-th variant of a document: its own name and figures. */
	static void vary(ClusterDocument document, int i) {
		if (document.getName() != null) {
			// the number goes before the closing 产业 / 集群, so that the name keeps the edition's pattern (G13)
			// a Jiangsu 承诺函 names the cluster: its commitments follow the new name
			CommitmentWording.rename(document,
					document.getName().replaceFirst("(\u4ea7\u4e1a|\u96c6\u7fa4)$", String.format("%04d$1", i + 1))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		BigDecimal factor = BigDecimal.valueOf(400 + (i * 7919L) % 1200, 3);
		BigDecimal trend = BigDecimal.valueOf(960 + (i * 104729L) % 100, 3);
		for (Iterator<EObject> it = document.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			for (EReference reference : object.eClass().getEAllContainments()) {
				if (!reference.isMany() && isAmount(unit(reference)) && object.eGet(reference) instanceof YearlyDecimal row) {
					boolean bend = object instanceof IndustrySection && reference == Literals.INDUSTRY_SECTION__TOTAL_OUTPUT;
					scale(row, factor, bend ? trend : null);
				}
			}
			if (object instanceof PlanIndicator indicator && indicator.getUnit() != null && isAmount(indicator.getUnit().getName())) {
				indicator.setBaseline(times(indicator.getBaseline(), factor));
				indicator.setTarget(times(indicator.getTarget(), factor));
				for (YearDecimal stage : indicator.getStageTargets()) {
					stage.setValue(times(stage.getValue(), factor));
				}
				if (indicator instanceof CompletionIndicator completion) {
					completion.setAchieved(times(completion.getAchieved(), factor));
				}
			}
		}
		// twice: an average computed from entered growth rates follows the rates adopted in the first pass
		for (int pass = 0; pass < 2; pass++) {
			for (DerivedValue value : DerivedValues.of(document)) {
				if (value.disagrees()) {
					adopt(value);
				}
			}
		}
	}

	/** Enters the computed value (rounded as the forms keep it) where the entered one now disagrees. */
	private static void adopt(DerivedValue value) {
		EObject owner = value.owner();
		EStructuralFeature feature = value.feature();
		if (owner == null || feature == null) {
			return;
		}
		if (owner instanceof YearlyDecimal row && value.year() != null) {
			row.put(value.year(), value.rounded());
		} else if (!feature.isMany() && owner.eGet(feature) instanceof YearlyDecimal row && value.year() != null) {
			row.put(value.year(), value.rounded());
		} else if (feature instanceof EAttribute && !feature.isMany() && feature.getEType().getInstanceClass() == BigDecimal.class) {
			owner.eSet(feature, value.rounded());
		}
	}

	/** Scales every year; with a trend, year k before the last is divided by trend^k, so the growth becomes trend − 1. */
	private static void scale(YearlyDecimal row, BigDecimal factor, BigDecimal trend) {
		List<YearDecimal> values = row.getValues();
		for (int k = 0; k < values.size(); k++) {
			YearDecimal value = values.get(k);
			BigDecimal scaled = times(value.getValue(), factor);
			if (trend != null && scaled != null) {
				int yearsBeforeLast = values.size() - 1 - k;
				BigDecimal last = times(values.get(values.size() - 1).getValue(), factor);
				scaled = last == null ? scaled : last.divide(trend.pow(yearsBeforeLast), 2, RoundingMode.HALF_UP);
			}
			value.setValue(scaled);
		}
	}

	private static BigDecimal times(BigDecimal value, BigDecimal factor) {
		return value == null ? null : value.multiply(factor).setScale(2, RoundingMode.HALF_UP);
	}

	private static boolean isAmount(String unit) {
		return unit != null && AMOUNTS.contains(unit);
	}

	private static String unit(EReference reference) {
		EAnnotation annotation = reference.getEAnnotation(FORM_ANNOTATION);
		return annotation == null ? null : annotation.getDetails().get("unit"); //$NON-NLS-1$
	}
}
