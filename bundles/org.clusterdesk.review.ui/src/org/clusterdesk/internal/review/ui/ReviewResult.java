/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review.ui;

import java.util.List;

/**
 * What one review of a scope found.
 *
 * @param scope     what was reviewed
 * @param rows      a row per file, in the order reviewed
 * @param sources   how many files the scope had
 * @param cancelled whether the user stopped the review (the rows are those done before)
 */
public record ReviewResult(ReviewScope scope, List<ReviewRow> rows, int sources, boolean cancelled) {

	/** Applications read and checked. */
	public int applications() {
		return (int) rows.stream().filter(r -> r.summary().readable()).count();
	}

	/** Validation errors over all applications. */
	public int errors() {
		return rows.stream().mapToInt(r -> r.summary().errors()).sum();
	}

	/** Applications that fail eligibility (rule G06). */
	public int ineligible() {
		return (int) rows.stream().filter(r -> Boolean.FALSE.equals(r.summary().eligible())).count();
	}

	/** Files that could not be read or checked. */
	public int unreadable() {
		return (int) rows.stream().filter(r -> !r.summary().readable()).count();
	}
}
