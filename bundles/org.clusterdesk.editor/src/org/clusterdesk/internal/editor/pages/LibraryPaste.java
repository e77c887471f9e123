/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.export.ImportResult;
import org.clusterdesk.export.LibraryImporter;
import org.clusterdesk.internal.editor.forms.Column;
import org.clusterdesk.internal.editor.forms.FormContext;
import org.clusterdesk.internal.editor.forms.RowTable;
import org.clusterdesk.model.LibraryRow;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;

/**
 * Pastes a block copied from Excel into a library: the rows go through the library importer — the same tolerant
 * reading of cells (full-width digits, 是/√/Y, several products in a cell, 2024年3月, …) and the same row-level report
 * (rejected rows, unreadable cells with column, raw value and reason) — and the accepted rows are added as one
 * command.
 */
public final class LibraryPaste implements RowTable.PasteHandler {

	/** What a paste would add, shown for confirmation. */
	public record Report(String library, int pasted, List<LibraryRow> accepted, int rejected, List<Problem> problems) {
	}

	/** One problem of the paste, on a pasted line (0: the header). */
	public record Problem(boolean error, int line, String column, String value, String reason) {
	}

	private final FormContext context;

	private Predicate<Report> confirmation;

	public LibraryPaste(FormContext context) {
		this.context = context;
	}

	/** Replaces the confirmation dialog (tests). */
	public void setConfirmation(Predicate<Report> confirmation) {
		this.confirmation = confirmation;
	}

	@Override
	public void paste(RowTable table, String text) {
		List<List<String>> rows = TabSeparated.parse(text);
		if (rows.isEmpty()) {
			context.host().showStatus(Messages.Paste_empty, true);
			return;
		}
		Report report;
		try {
			report = read(table, rows);
		} catch (IOException e) {
			MessageDialog.openError(context.host().getShell(), Messages.Paste_title, NLS.bind(Messages.Paste_failed, e.getMessage()));
			return;
		}
		if (report == null) {
			MessageDialog.openError(context.host().getShell(), Messages.Paste_title, NLS.bind(Messages.Paste_notLibrary, table.label()));
			return;
		}
		boolean apply = confirmation != null ? confirmation.test(report) : PasteDialog.confirm(context.host().getShell(), report);
		if (!apply || report.accepted().isEmpty()) {
			return;
		}
		add(table, report);
	}

	/** Reads pasted rows as the importer reads a sheet; null when they are not rows of this library. */
	Report read(RowTable table, List<List<String>> rows) throws IOException {
		List<String> headers = new ArrayList<>();
		for (Column column : table.columns()) {
			if (column.kind() != Column.Kind.INDEX) {
				headers.add(column.header());
			}
		}
		List<List<String>> sheet = new ArrayList<>();
		int offset;
		if (isHeader(rows.get(0), table)) {
			sheet.addAll(rows);
			offset = 0;
		} else {
			// no header copied: the block has the table's columns (the form's order), maybe with the running number first
			List<String> header = new ArrayList<>();
			if (hasSerial(rows, headers.size())) {
				header.add(table.columns().get(0).header());
			}
			header.addAll(headers);
			sheet.add(header);
			sheet.addAll(rows);
			offset = 1;
		}
		ImportResult result = new LibraryImporter().read(table.label(), sheet, null);
		EReference feature = table.listFeature();
		if (!result.getImportedLibraries().contains(feature)) {
			return null;
		}
		@SuppressWarnings("unchecked")
		List<LibraryRow> accepted = new ArrayList<>((Collection<LibraryRow>) result.getLibraries().eGet(feature));
		List<Problem> problems = new ArrayList<>();
		for (ImportProblem problem : result.getProblems()) {
			int line = problem.getRow() <= 0 ? 0 : problem.getRow() - offset;
			problems.add(new Problem(problem.isError(), Math.max(0, line), problem.getColumn(), problem.getValue(), problem.getReason()));
		}
		return new Report(table.label(), rows.size() - (offset == 0 ? 1 : 0), accepted, result.getRejected(feature), problems);
	}

	/** Whether the first pasted row is the table's header (copied along with the data). */
	private static boolean isHeader(List<String> first, RowTable table) {
		int known = 0;
		int filled = 0;
		for (String cell : first) {
			String text = normalise(cell);
			if (text.isEmpty()) {
				continue;
			}
			filled++;
			for (Column column : table.columns()) {
				String header = normalise(column.header());
				if (header.equals(text) || header.startsWith(text) && text.length() >= 2) {
					known++;
					break;
				}
			}
		}
		return filled > 0 && known * 2 >= filled && known >= Math.min(2, filled);
	}

	private static boolean hasSerial(List<List<String>> rows, int columns) {
		int widest = rows.stream().mapToInt(List::size).max().orElse(0);
		if (widest <= columns) {
			return false;
		}
		return rows.stream().allMatch(r -> r.isEmpty() || r.get(0).isBlank() || r.get(0).strip().matches("\\d+")); //$NON-NLS-1$
	}

	private static String normalise(String text) {
		return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void add(RowTable table, Report report) {
		List<EObject> copies = new ArrayList<>();
		for (LibraryRow row : report.accepted()) {
			LibraryRow copy = EcoreUtil.copy(row);
			// the row number of a pasted block points nowhere later
			copy.setSourceRow(null);
			copies.add(copy);
		}
		EObject owner = table.listOwner().resolve();
		EReference feature = table.listFeature();
		Command command;
		if (owner == null) {
			command = table.listOwner().create(context.domain(), created -> {
				@SuppressWarnings("unchecked")
				List<EObject> list = (List<EObject>) created.eGet(feature);
				list.addAll(copies);
			});
		} else {
			List<EObject> selected = table.selectedRows();
			int index = selected.isEmpty() ? table.list().size() : table.list().indexOf(selected.get(selected.size() - 1)) + 1;
			command = AddCommand.create(context.domain(), owner, feature, copies, index);
		}
		if (context.execute(command, NLS.bind(Messages.Paste_command, copies.size(), report.library()))) {
			table.getViewer().setSelection(new StructuredSelection(copies), true);
		}
	}
}
