/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.export.ImportProblem.Severity;

/**
 * The problems of one import. Bounded so that a sheet where every cell is wrong cannot fill the heap: beyond
 * {@link #LIMIT} only the number is kept, and the result says how many were not listed.
 */
final class ProblemList {

	static final int LIMIT = 10_000;

	private final List<ImportProblem> problems = new ArrayList<>();

	private int omitted;

	private int errors;

	void add(ImportProblem problem) {
		if (problem.getSeverity() == Severity.ERROR) {
			errors++;
		}
		if (problems.size() < LIMIT) {
			problems.add(problem);
		} else {
			omitted++;
		}
	}

	void addAll(List<ImportProblem> list) {
		list.forEach(this::add);
	}

	List<ImportProblem> list() {
		return problems;
	}

	int omitted() {
		return omitted;
	}

	int errors() {
		return errors;
	}
}
