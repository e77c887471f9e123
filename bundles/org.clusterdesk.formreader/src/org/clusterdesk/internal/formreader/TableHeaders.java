/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.view.FormTable;
import org.clusterdesk.model.view.FormTable.ColumnKind;
import org.clusterdesk.model.view.FormTable.HeaderCell;
import org.clusterdesk.model.view.FormTables;

/**
 * What a header cell of a table of figures is, by the view model the Word export prints the table from
 * ({@link FormTables}): the export and the reader share one description of the header, so a header the export words
 * one way is read the same way. A header someone retyped in Word is still recognised by its key word.
 */
final class TableHeaders {

	private final FormTable table;

	private TableHeaders(FormTable table) {
		this.table = table;
	}

	/** The headers of the table the row is printed in when it opens it; none when the row is not a row of figures. */
	static TableHeaders of(Edition edition, FormRow row) {
		FormTable table = edition == null || !(row.eContainer() instanceof FormSection section) ? null
				: FormTables.table(edition, section, row, true);
		return new TableHeaders(table);
	}

	/** The column the header text heads, by the view model's wording first, then by its key word; null for none. */
	ColumnKind kind(String head) {
		String key = Values.key(head);
		if (table != null) {
			for (java.util.List<HeaderCell> line : table.header()) {
				for (HeaderCell cell : line) {
					if (!cell.continued() && Values.key(cell.text()).equals(key)) {
						return table.columns().get(cell.column()).kind();
					}
				}
			}
		}
		if (key.contains(Values.key(Messages.Form_growth))) {
			return ColumnKind.GROWTH;
		}
		if (key.contains(Values.key(Messages.Form_evidencePage))) {
			return ColumnKind.EVIDENCE_PAGE;
		}
		return null;
	}
}
