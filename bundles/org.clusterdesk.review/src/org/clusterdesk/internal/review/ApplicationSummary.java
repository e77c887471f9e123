/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the overview keeps of one input file once its document is dropped: identification, validation counts and the
 * key indicators as rounded numbers. A few hundred bytes, so that a batch of thousands stays small in memory.
 */
public final class ApplicationSummary {

	/** The key of a single-valued indicator in {@link #values}. */
	private static final int SINGLE = 0;

	private final int serial;

	private final String file;

	String name;

	String editionId;

	String kind;

	String region;

	Boolean eligible;

	int errors;

	int warnings;

	Integer completeness;

	String loadError;

	List<Integer> dataYears = List.of();

	Double minOutput;

	Double minSmeShare;

	Double minLeadingShare;

	Double minAverageGrowth;

	Integer met;

	Integer unmet;

	Integer missing;

	FirstProblem firstProblem;

	private final Map<Indicator, TreeMap<Integer, Double>> values = new EnumMap<>(Indicator.class);

	private final Map<LibraryCount, Integer> libraries = new EnumMap<>(LibraryCount.class);

	ApplicationSummary(int serial, String file) {
		this.serial = serial;
		this.file = file;
	}

	/** 1-based position in the batch. */
	public int serial() {
		return serial;
	}

	/** The file as the user named it (folder and name). */
	public String file() {
		return file;
	}

	public String name() {
		return name;
	}

	public String editionId() {
		return editionId;
	}

	/** The form kind as the forms name it (申报表, 复核申报表, 集群竞赛申报表). */
	public String kind() {
		return kind;
	}

	public String region() {
		return region;
	}

	/** G06; null when the file could not be read. */
	public Boolean eligible() {
		return eligible;
	}

	public int errors() {
		return errors;
	}

	public int warnings() {
		return warnings;
	}

	/** Required rows filled, in percent; null when the file could not be read. */
	public Integer completeness() {
		return completeness;
	}

	/** Why the file could not be read, or null. */
	public String loadError() {
		return loadError;
	}

	public boolean readable() {
		return loadError == null;
	}

	/** The data years of the document's edition. */
	public List<Integer> dataYears() {
		return dataYears;
	}

	/** The year ranks are taken in: the edition's last data year. */
	public Integer latestYear() {
		return dataYears.isEmpty() ? null : dataYears.get(dataYears.size() - 1);
	}

	public Double minOutput() {
		return minOutput;
	}

	public Double minSmeShare() {
		return minSmeShare;
	}

	public Double minLeadingShare() {
		return minLeadingShare;
	}

	public Double minAverageGrowth() {
		return minAverageGrowth;
	}

	/** Re-review targets met; null for other forms. */
	public Integer met() {
		return met;
	}

	public Integer unmet() {
		return unmet;
	}

	public Integer missing() {
		return missing;
	}

	/** The first error, else the first warning; null when there is none or the file could not be read. */
	public FirstProblem firstProblem() {
		return firstProblem;
	}

	/** The value of a yearly indicator in a year, or of a single-valued one (year ignored); null when unknown. */
	public Double value(Indicator indicator, Integer year) {
		Map<Integer, Double> byYear = values.get(indicator);
		if (byYear == null) {
			return null;
		}
		return byYear.get(indicator.yearly() ? year : Integer.valueOf(SINGLE));
	}

	/** The value ranks compare: the latest year's for a yearly indicator. */
	public Double rankedValue(Indicator indicator) {
		return indicator.yearly() ? (latestYear() == null ? null : value(indicator, latestYear())) : value(indicator, null);
	}

	/** The years a yearly indicator has values for. */
	public Iterable<Integer> years(Indicator indicator) {
		TreeMap<Integer, Double> byYear = values.get(indicator);
		return byYear == null ? List.of() : byYear.keySet();
	}

	public Integer library(LibraryCount count) {
		return libraries.get(count);
	}

	public boolean hasLibraries() {
		return !libraries.isEmpty();
	}

	void put(Indicator indicator, Integer year, Double value) {
		if (value != null) {
			values.computeIfAbsent(indicator, k -> new TreeMap<>()).put(indicator.yearly() ? year : Integer.valueOf(SINGLE), value);
		}
	}

	void put(LibraryCount count, int value) {
		libraries.put(count, value);
	}
}
