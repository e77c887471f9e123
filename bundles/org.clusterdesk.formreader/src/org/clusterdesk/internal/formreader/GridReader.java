/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterdesk.formreader.UnreadPlace;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.ExplainedAnswer;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.NamedCount;
import org.clusterdesk.model.Organisation;
import org.clusterdesk.model.Recommendation;
import org.clusterdesk.model.Region;
import org.clusterdesk.model.UnitContact;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.forms.DocumentFactory;
import org.clusterdesk.model.forms.FormLayout;
import org.clusterdesk.model.view.FormTable;
import org.clusterdesk.model.forms.FormRows;
import org.clusterdesk.model.labels.ModelLabels;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Reads the rows of an edition from the body of a filled form. Every row is found by the form's own wording of it (the
 * edition's label, the layout's group labels, prompts and notes), searched from where the previous row was found and
 * then in the whole section, so rows Word split across pages, tables split or merged, and rows moved a little are still
 * found. What a row holds is read by the kind of its feature; whatever cannot be read is a {@link UnreadPlace} and stays
 * empty.
 */
public final class GridReader {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	private final Edition edition;

	private final FormLayout layout;

	private final ClusterDocument document;

	private final List<UnreadPlace> unread = new ArrayList<>();

	private FormSection section;

	private List<DocxGrid.Item> items;

	private int cursor;

	public GridReader(Edition edition) {
		this.edition = edition;
		this.layout = FormLayout.of(edition);
		this.document = DocumentFactory.create(edition, null);
		this.document.setDraft(true);
	}

	public ClusterDocument document() {
		return document;
	}

	public List<UnreadPlace> unread() {
		return unread;
	}

	/** Reads every section of the edition from the body. */
	public void read(DocxGrid grid, Runnable worked) {
		SectionSegments segments = SectionSegments.of(grid, edition);
		List<FormSection> sections = edition.getSections();
		for (int i = 0; i < sections.size(); i++) {
			section = sections.get(i);
			if (SectionSegments.isCover(section, i)) {
				cover(segments.cover());
			} else {
				items = segments.of(section);
				cursor = 0;
				if (items == null) {
					unread(Messages.Place_wholeSection, "", Messages.Reason_noHeading); //$NON-NLS-1$
				} else {
					section();
				}
			}
			worked.run();
		}
		// the attachments index after the form (附件清单: titles, files, pages), then the evidence it lists, given to the
		// ticked options and rows read above
		section = null;
		AttachmentIndex index = new AttachmentIndex(document, edition, unread);
		index.read(grid.items());
		index.evidence();
	}

	// ---------------------------------------------------------------- what the table readers share

	/** The items of the section being read. */
	List<DocxGrid.Item> items() {
		return items;
	}

	/** Where the next row is searched first: after a table a reader has read to its end. */
	void readTo(int index) {
		cursor = Math.max(cursor, index + 1);
	}

	FormLayout layout() {
		return layout;
	}

	Edition edition() {
		return edition;
	}

	// ---------------------------------------------------------------- places

	private String sectionName() {
		if (section == null) {
			return ""; //$NON-NLS-1$
		}
		String number = section.getNumber();
		String title = section.getTitle();
		if (number == null || title == null || number.equals(title)) {
			return title != null ? title : number;
		}
		return number.matches("[一二三四五六七八九十]+") ? number + "\u3001" + title : number + " " + title; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	void unread(String row, String found, String reason) {
		unread.add(new UnreadPlace(sectionName(), row, found == null ? "" : found.strip(), reason)); //$NON-NLS-1$
	}

	private void unread(FormRow row, String found, String reason) {
		unread(layout.label(row), found, reason);
	}

	// ---------------------------------------------------------------- cover

	private void cover(List<DocxGrid.Item> coverItems) {
		for (FormRow row : section.getRows()) {
			EObject owner = FormRows.owner(document, document, row);
			if (owner == null) {
				continue;
			}
			if (row.getFeature() instanceof EReference reference && !isSimpleReference(reference.getEReferenceType())) {
				// shown again in its own section (the core parks in 三), read there
				continue;
			}
			String label = Values.key(row.getLabel());
			String value = null;
			for (DocxGrid.Item item : coverItems) {
				if (item.isRow() || item.used) {
					continue;
				}
				String text = item.paragraph;
				int colon = text.indexOf('\uff1a');
				if (colon < 0) {
					colon = text.indexOf(':');
				}
				if (colon > 0 && Values.key(text.substring(0, colon)).equals(label)) {
					item.used = true;
					value = text.substring(colon + 1).strip();
					break;
				}
			}
			if (value == null) {
				unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
				continue;
			}
			if (row.getNote() != null && Values.key(value).equals(Values.key(row.getNote()))) {
				value = ""; //$NON-NLS-1$
			}
			set(row, owner, List.of(value));
		}
	}

	// ---------------------------------------------------------------- sections

	private void section() {
		EClass type = section.getFeature() == null ? null : section.getFeature().getEReferenceType();
		if (isDeclaration()) {
			declarations(section.getFeature() == null ? document : (EObject) document.eGet(section.getFeature()));
			return;
		}
		if (type == P.getPlanSection()) {
			plan((org.clusterdesk.model.PlanSection) document.eGet(section.getFeature()));
			return;
		}
		if (type == P.getClusterLibraries()) {
			EObject libraries = (EObject) document.eGet(section.getFeature());
			if (libraries == null) {
				libraries = EcoreUtil.create(type);
				document.eSet(section.getFeature(), libraries);
			}
			new LibraryReader(this).read(section, libraries);
			return;
		}
		if (type == P.getReviewSection()) {
			org.clusterdesk.model.ReviewSection review = (org.clusterdesk.model.ReviewSection) document.eGet(section.getFeature());
			if (review == null) {
				review = P.getClusterDeskFactory().createReviewSection();
				document.eSet(section.getFeature(), review);
			}
			new ReviewReader(this).read(section, review);
			return;
		}
		if (type == P.getWritingOutline() || type == P.getCommitmentLetter()) {
			EObject object = (EObject) document.eGet(section.getFeature());
			if (object == null) {
				object = EcoreUtil.create(type);
				document.eSet(section.getFeature(), object);
			}
			if (type == P.getCommitmentLetter()) {
				new CommitmentReader(this).read(section, (org.clusterdesk.model.CommitmentLetter) object);
			} else {
				new OutlineReader(this).read(section, object);
			}
			return;
		}
		if (section.getFeature() != null && section.getFeature().isMany()) {
			// a repeated section (one per core park): read it again while its first printed row is still there
			FormRow first = layout.printed(section).stream().findFirst().orElse(null);
			@SuppressWarnings("unchecked")
			List<EObject> list = (List<EObject>) document.eGet(section.getFeature());
			int tables = 0;
			while (first != null && find(layout.label(first), true) != null && tables++ <= 100) {
				EObject object = EcoreUtil.create(type);
				list.add(object);
				rows(object);
				if (list.size() > 1) {
					withoutName(object, first);
				}
				if (nothingIn(object)) {
					list.remove(object); // the form's table left blank (a blank form prints one): no object
				}
			}
			if (tables == 0) {
				unread(Messages.Place_wholeSection, "", Messages.Reason_notFound); //$NON-NLS-1$
			}
			return;
		}
		EObject object = section.getFeature() == null ? document : (EObject) document.eGet(section.getFeature());
		rows(object);
	}

	/** Whether an object read holds no value at all (every attribute unset or empty, every contained object too). */
	private static boolean nothingIn(EObject object) {
		if (object instanceof YearlyDecimal d && d.years().stream().anyMatch(y -> d.valueOf(y) != null)
				|| object instanceof YearlyCount c && c.years().stream().anyMatch(y -> c.valueOf(y) != null)) {
			return false;
		}
		for (EStructuralFeature f : object.eClass().getEAllStructuralFeatures()) {
			if (f.isDerived() || f.isTransient() || !object.eIsSet(f) || f == P.getYearlyDecimal_Values() || f == P.getYearlyCount_Values()) {
				continue;
			}
			Object value = object.eGet(f);
			if (value instanceof List<?> list) {
				for (Object o : list) {
					if (!(o instanceof EObject child) || !nothingIn(child)) {
						return false;
					}
				}
			} else if (value instanceof EObject child) {
				if (!nothingIn(child)) {
					return false;
				}
			} else if (value instanceof Enumerator e ? !FormRows.NONE.equals(e.getName())
					: value != null && !"".equals(value) && !Boolean.FALSE.equals(value)) { //$NON-NLS-1$
				return false;
			}
		}
		return true;
	}

	/**
	 * A repeated section's text that the form prints in one table for all its objects (3.2: each park's report a row):
	 * the rows after the first start with the object's name (its first row), which is not part of the text.
	 */
	private void withoutName(EObject object, FormRow first) {
		if (!(object.eGet(first.getFeature()) instanceof String name) || name.isBlank()) {
			return;
		}
		for (FormRow row : section.getRows()) {
			if (row != first && layout.heading(row) != null && row.getFeature() instanceof EAttribute a && !a.isMany()
					&& a.getEAttributeType().getInstanceClass() == String.class && object.eGet(a) instanceof String text) {
				int nl = text.indexOf('\n');
				if (nl > 0 && Values.key(text.substring(0, nl)).equals(Values.key(name))) {
					object.eSet(a, text.substring(nl + 1).strip());
				}
			}
		}
	}

	/**
	 * 真实性声明 and the opinions: the declaration's lines (负责人（签字）：name, …（公章）：unit, the date under them), or
	 * one block per signatory (集群促进组织负责人签字：name, （单位盖章）unit, date), and each recommendation's block.
	 */
	private void declarations(EObject sectionObject) {
		for (FormRow row : section.getRows()) {
			EObject owner = FormRows.owner(document, sectionObject, row);
			EStructuralFeature feature = row.getFeature();
			if (owner == null) {
				continue;
			}
			if (feature.getEContainingClass() == P.getDeclaration()) {
				declarationLine(row, owner);
			} else if (feature instanceof EReference ref && ref.getEReferenceType() == P.getDeclaration()) {
				signatory(row, owner, ref);
			} else {
				row(row, owner, sectionObject);
			}
		}
	}

	/** The cell holding a line that starts with the text; null when none. */
	private DocxGrid.Cell cellWithLine(String start) {
		String key = Values.key(start);
		for (DocxGrid.Item item : items) {
			if (!item.isRow()) {
				continue;
			}
			for (DocxGrid.Cell cell : item.cells) {
				for (String line : cell.lines()) {
					if (Values.key(line).startsWith(key)) {
						return cell;
					}
				}
			}
		}
		return null;
	}

	private void declarationLine(FormRow row, EObject owner) {
		EStructuralFeature feature = row.getFeature();
		if (feature.getEType().getInstanceClass() == LocalDate.class) {
			// the date: the last date-like line of the declaration's cell (under its signer and seal lines)
			DocxGrid.Cell cell = null;
			for (FormRow other : section.getRows()) {
				if (other.getFeature().getEContainingClass() == P.getDeclaration() && other != row
						&& other.getFeature().getEType().getInstanceClass() == String.class) {
					cell = cellWithLine(other.getLabel() + "\uff1a"); //$NON-NLS-1$
					if (cell != null) {
						break;
					}
				}
			}
			if (cell == null) {
				unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
				return;
			}
			String date = null;
			for (String line : cell.lines()) {
				if (looksLikeDate(line) || Values.isNothing(line) && Values.key(line).equals("\u5e74\u6708\u65e5")) { //$NON-NLS-1$
					date = line;
				}
			}
			set(row, owner, date == null ? List.of() : List.of(date));
			return;
		}
		String prefix = row.getLabel() + "\uff1a"; //$NON-NLS-1$
		DocxGrid.Cell cell = cellWithLine(prefix);
		if (cell == null) {
			unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		for (String line : cell.lines()) {
			if (Values.key(line).startsWith(Values.key(prefix))) {
				set(row, owner, List.of(afterColon(line)));
				return;
			}
		}
	}

	private void signatory(FormRow row, EObject owner, EReference reference) {
		DocxGrid.Cell cell = cellWithLine(row.getLabel() + "\uff1a"); //$NON-NLS-1$
		if (cell == null) {
			unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		org.clusterdesk.model.Declaration declaration = (org.clusterdesk.model.Declaration) owner.eGet(reference);
		if (declaration == null) {
			declaration = P.getClusterDeskFactory().createDeclaration();
			owner.eSet(reference, declaration);
		}
		String seal = row.getNote() != null ? row.getNote() : Messages.Form_seal;
		for (String line : cell.lines()) {
			String key = Values.key(line);
			if (key.startsWith(Values.key(row.getLabel() + "\uff1a"))) { //$NON-NLS-1$
				declaration.setSigner(blankToNull(afterColon(line)));
			} else if (key.startsWith(Values.key(seal))) {
				String unit = line.strip();
				unit = unit.startsWith(seal) ? unit.substring(seal.length()) : unit.substring(Math.min(unit.length(), seal.length()));
				declaration.setUnit(blankToNull(unit));
			} else if (looksLikeDate(line)) {
				try {
					declaration.setDate(Values.date(line));
				} catch (Values.Unreadable e) {
					unread(NLS.bind(Messages.Place_sub, row.getLabel(), ModelLabels.feature(P.getDeclaration_Date())), line, e.getMessage());
				}
			}
		}
	}

	private boolean isDeclaration() {
		if (section.getFeature() != null) {
			return section.getFeature().getEReferenceType() == P.getDeclaration();
		}
		return !section.getRows().isEmpty() && section.getRows().stream().allMatch(r -> r.getFeature() instanceof EReference ref
				&& (ref.getEReferenceType() == P.getDeclaration() || ref.getEReferenceType() == P.getRecommendation()));
	}

	private void rows(EObject sectionObject) {
		for (FormRow row : section.getRows()) {
			if (layout.hidden(row)) {
				continue;
			}
			EObject owner = FormRows.owner(document, sectionObject, row);
			if (owner == null) {
				continue;
			}
			FormLayout.Group beside = layout.beside(row);
			if (beside != null && !beside.starts(row)) {
				continue; // read with the row it stands beside
			}
			if (row.getFeature() == P.getCompetitionReport_KeyProjectsTotal()) {
				continue; // the 合计 row of the key projects' table, read with it
			}
			FormLayout.Group inline = layout.inline(row);
			if (inline != null) {
				if (inline.starts(row)) {
					inline(inline, sectionObject);
				}
				continue;
			}
			row(row, owner, sectionObject);
		}
	}

	private void row(FormRow row, EObject owner, EObject sectionObject) {
		EStructuralFeature feature = row.getFeature();
		if (layout.noteRow(row)) {
			Match m = find(row.getNote(), false);
			if (m == null) {
				unread(row.getNote(), "", Messages.Reason_notFound); //$NON-NLS-1$
				return;
			}
			List<String> lines = m.cellLines();
			setText(row, owner, lines.subList(Math.min(1, lines.size()), lines.size()));
			return;
		}
		if (layout.subRow(row) != null && feature instanceof EAttribute) {
			Match m = find(layout.subRow(row), false);
			if (m == null) {
				unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
				return;
			}
			set(row, owner, List.of(m.item.cell(m.item.cells.size() - 1)));
			return;
		}
		if (feature instanceof EReference reference && !isSimpleReference(reference.getEReferenceType())) {
			reference(row, owner, reference, sectionObject);
			return;
		}
		Match m = find(layout.label(row), false);
		if (m == null) {
			m = across(row);
		}
		if (m == null) {
			unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		if (readBeside(m, row, sectionObject)) {
			set(row, owner, m.item.cells.get(m.cell + 1).filled());
			return;
		}
		set(row, owner, valueLines(m, row));
	}

	/**
	 * A row the layout prints with another beside it (label | value | 佐证页码 | page): reads the other row from the last
	 * cell and says so, the row's own value being the second cell; false when the line is not printed that way.
	 */
	private boolean readBeside(Match m, FormRow row, EObject sectionObject) {
		FormLayout.Group beside = layout.beside(row);
		DocxGrid.Item item = m.item;
		if (beside == null || item.cells.size() < m.cell + 4 || !Values.key(item.cell(m.cell + 2)).startsWith(Values.key(beside.label()))) {
			return false;
		}
		FormRow other = section.getRows().stream().filter(r -> r.getFeature().getName().equals(beside.rows().get(1))).findFirst().orElse(null);
		EObject otherOwner = other == null ? null : FormRows.owner(document, sectionObject, other);
		if (otherOwner != null) {
			set(other, otherOwner, item.cells.get(m.cell + 3).filled());
		}
		return true;
	}

	/** References read from the value cell like an attribute: region, contact, named count, explained answer, recommendation. */
	private static boolean isSimpleReference(EClass type) {
		return type == P.getRegion() || type == P.getContact() || type == P.getNamedCount() || type == P.getExplainedAnswer()
				|| type == P.getRecommendation();
	}

	private void reference(FormRow row, EObject owner, EReference reference, EObject sectionObject) {
		EClass type = reference.getEReferenceType();
		if (P.getComparedDecimal().isSuperTypeOf(type) || P.getComparedCount().isSuperTypeOf(type)) {
			yearly(row, owner, reference, true);
		} else if (P.getYearlyDecimal().isSuperTypeOf(type) || P.getYearlyCount().isSuperTypeOf(type)) {
			yearly(row, owner, reference, false);
		} else if (type == P.getOrganisation()) {
			organisation(row, owner, reference, sectionObject);
		} else if (type == P.getUnitContact()) {
			unitContacts(row, owner, reference);
		} else if (type == P.getStandardCount()) {
			standards(row, owner, reference);
		} else if (type == P.getSmartFactoryCount()) {
			smartFactories(row, owner, reference);
		} else if (type == P.getRankingTable()) {
			ranking(row, owner, reference);
		} else if (type == P.getKeyProject()) {
			keyProjects(row, owner, reference);
		} else if (type == P.getHonour()) {
			honours(row, owner, reference);
		} else if (type == P.getParkIndicator()) {
			new ParkIndicatorReader(this).read(row, owner, reference);
		} else if (type == P.getImplementationTarget()) {
			new ImplementationTargetReader(this).read(row, owner, reference);
		} else if (type == P.getApprovedListing()) {
			new ListingReader(this).read(row, owner, reference);
		} else if (type == P.getEvidenceRef()) {
			// the cell holds the P-references of the evidence (4.3 相关佐证资料, 5.2 实施方案): the references are read
			// from the attachments index after the form, which names each item's attachment and page
		} else {
			unread(row, "", Messages.Reason_notSupported); //$NON-NLS-1$
		}
	}

	// ---------------------------------------------------------------- finding rows

	/** A row found: the row and the cell holding the label. */
	final class Match {

		final DocxGrid.Item item;

		final int index;

		final int cell;

		Match(int index, int cell) {
			this.item = items.get(index);
			this.index = index;
			this.cell = cell;
		}

		/** The lines of the label's cell. */
		List<String> cellLines() {
			return item.cells.get(cell).filled();
		}

		boolean labelInLastCell() {
			return cell >= item.cells.size() - 1;
		}
	}

	/**
	 * The first unused row, from the cursor on and then from the section's start, with a cell that begins with the
	 * label: its first line is the label (best), or its text starts with it. Marks the row used and moves the cursor.
	 */
	Match find(String label, boolean peek) {
		if (label == null || label.isBlank() || items == null) {
			return null;
		}
		String key = Values.key(label);
		// first a cell whose first line is the label, from the cursor on and then from the start; then one that begins with it
		for (int kind = 0; kind < 2; kind++) {
			if (kind == 1 && key.length() < 4) {
				break;
			}
			for (int pass = 0; pass < 2; pass++) {
				int from = pass == 0 ? cursor : 0;
				int to = pass == 0 ? items.size() : Math.min(cursor, items.size());
				for (int i = from; i < to; i++) {
					DocxGrid.Item item = items.get(i);
					if (!item.isRow() || item.used) {
						continue;
					}
					for (int c = 0; c < item.cells.size(); c++) {
						DocxGrid.Cell cell = item.cells.get(c);
						if (cell.continued()) {
							continue;
						}
						List<String> lines = cell.filled();
						if (lines.isEmpty()) {
							continue;
						}
						if (kind == 0 ? Values.key(lines.get(0)).equals(key) : Values.key(cell.text()).startsWith(key)) {
							return take(new Match(i, c), peek);
						}
					}
				}
			}
		}
		return null;
	}

	private Match take(Match m, boolean peek) {
		if (!peek) {
			m.item.used = true;
			cursor = m.index + 1;
		}
		return m;
	}

	/**
	 * A row whose label the form does not print (a report under its heading, the part's own text): the first unused
	 * row of one cell after the row's heading, or after the cursor.
	 */
	private Match across(FormRow row) {
		String heading = layout.heading(row);
		boolean unlabelled = row.getLabel().equals(section.getTitle()) || heading != null;
		if (!unlabelled) {
			return null;
		}
		int from = cursor;
		if (heading != null) {
			String key = Values.key(heading);
			for (int i = 0; i < items.size(); i++) {
				if (!items.get(i).isRow() && Values.key(items.get(i).paragraph).equals(key)) {
					from = i + 1;
					break;
				}
			}
		}
		for (int i = from; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (item.isRow() && !item.used && item.cells.size() == 1) {
				return take(new Match(i, 0), false);
			}
		}
		return null;
	}

	/** The value of a row of a label and a value: the value cell's lines without the form's own words. */
	private List<String> valueLines(Match m, FormRow row) {
		List<String> lines;
		if (m.labelInLastCell()) {
			List<String> all = m.item.cells.get(m.cell).lines();
			// the label (and what the form prints before the answer) is the top of the cell
			int first = 0;
			while (first < all.size() && all.get(first).isBlank()) {
				first++;
			}
			String label = Values.key(layout.label(row));
			boolean across = m.item.cells.size() == 1 && !label.equals(Values.key(all.isEmpty() ? "" : all.get(first < all.size() ? first : 0))); //$NON-NLS-1$
			lines = new ArrayList<>(all.subList(Math.min(across ? first : first + 1, all.size()), all.size()));
		} else {
			lines = new ArrayList<>(m.item.cells.get(m.item.cells.size() - 1).lines());
		}
		List<String> forms = new ArrayList<>();
		forms.add(Values.key(layout.prompt(row)));
		forms.add(Values.key(row.getNote()));
		forms.add(Values.key(layout.label(row)));
		FormLayout.Group group = layout.group(row);
		if (group != null && group.note() != null) {
			forms.add(Values.key(group.note()));
		}
		// the form's words at the top and the note at the bottom are not the answer
		String note = Values.key(row.getNote());
		while (!lines.isEmpty() && (lines.get(0).isBlank() || forms.contains(Values.key(lines.get(0)))
				|| m.item.cells.size() == 1 && note.length() > 20 && note.contains(Values.key(lines.get(0))))) {
			lines.remove(0);
		}
		while (!lines.isEmpty() && (lines.get(lines.size() - 1).isBlank()
				|| forms.contains(Values.key(lines.get(lines.size() - 1))) && !(row.getFeature() instanceof EReference ref && ref.getEReferenceType() == P.getRecommendation()))) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	// ---------------------------------------------------------------- values

	private void set(FormRow row, EObject owner, List<String> lines) {
		EStructuralFeature feature = row.getFeature();
		String text = String.join("\n", lines).strip(); //$NON-NLS-1$
		try {
			if (feature instanceof EReference reference) {
				simpleReference(row, owner, reference, lines);
				return;
			}
			EAttribute attribute = (EAttribute) feature;
			if (attribute.getEAttributeType() instanceof EEnum type) {
				if (attribute.isMany()) {
					checkboxes(row, owner, attribute, type, lines);
				} else if (isChoice(type)) {
					choice(row, owner, attribute, type, text);
				} else {
					literal(row, owner, attribute, type, text);
				}
				return;
			}
			if (attribute.isMany()) {
				List<String> names = names(text);
				@SuppressWarnings("unchecked")
				List<Object> list = (List<Object>) owner.eGet(attribute);
				list.clear();
				for (String name : names) {
					list.add(EcoreUtil.createFromString(attribute.getEAttributeType(), name));
				}
				return;
			}
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			String unit = layout.unit(row);
			if (unit != null && type != String.class && Values.key(text).endsWith(Values.key(unit))) {
				// the unit the form prints in the value cell (　个（需提供清单及佐证材料）): alone, the cell is empty
				String key = Values.key(text);
				text = key.substring(0, key.length() - Values.key(unit).length());
			}
			if (type == String.class) {
				setText(row, owner, lines);
			} else if (type == BigDecimal.class) {
				owner.eSet(attribute, Values.decimal(text));
			} else if (type == Integer.class || type == int.class) {
				Integer n = Values.count(text);
				if (n != null || type == Integer.class) {
					owner.eSet(attribute, n);
				}
			} else if (type == Boolean.class || type == boolean.class) {
				if (!Values.isNothing(text)) {
					owner.eSet(attribute, yes(text));
				}
			} else if (type == LocalDate.class) {
				owner.eSet(attribute, Values.date(text));
			} else if (type == YearMonth.class) {
				owner.eSet(attribute, Values.yearMonth(text));
			} else if (!text.isEmpty()) {
				unread(row, text, Messages.Reason_notSupported);
			}
		} catch (Values.Unreadable e) {
			unread(row, text, e.getMessage());
		} catch (RuntimeException e) {
			unread(row, text, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
		}
	}

	private static boolean yes(String text) throws Values.Unreadable {
		String key = Values.key(text);
		if (key.equals(Values.key(Messages.Form_yes)) || Values.hasBox(text) && ticked(text, Messages.Form_yes)) {
			return true;
		}
		if (key.equals(Values.key(Messages.Form_no)) || Values.hasBox(text) && ticked(text, Messages.Form_no)) {
			return false;
		}
		throw new Values.Unreadable(Messages.Reason_notYesNo);
	}

	private static boolean ticked(String text, String option) {
		return Values.options(text).stream().anyMatch(o -> o.ticked() && Values.key(o.text()).equals(Values.key(option)));
	}

	private void setText(FormRow row, EObject owner, List<String> lines) {
		int first = 0;
		int last = lines.size();
		while (first < last && lines.get(first).isBlank()) {
			first++;
		}
		while (last > first && lines.get(last - 1).isBlank()) {
			last--;
		}
		String text = String.join("\n", lines.subList(first, last)); //$NON-NLS-1$
		owner.eSet(row.getFeature(), text.isEmpty() ? null : text);
	}

	static List<String> names(String text) {
		List<String> names = new ArrayList<>();
		for (String part : text.split("[\u3001;\uff0c\uff1b\n]")) { //$NON-NLS-1$
			if (!part.isBlank()) {
				names.add(part.strip());
			}
		}
		return names;
	}

	/** Whether an enum is printed as a line of checkboxes (as the Word export does). */
	private static boolean isChoice(EEnum type) {
		return type == P.getYesNo() || type == P.getYesNoNotApplicable() || type == P.getIndustryType();
	}

	private static List<EEnumLiteral> options(EEnum type) {
		return type.getELiterals().stream().filter(l -> !FormRows.NONE.equals(l.getName())).toList();
	}

	/** The literal an option's text names: its label, or the row's note that words one of them (是（需附情况说明）, 非…不适用). */
	private static EEnumLiteral literalOf(FormRow row, EEnum type, String text) {
		String key = Values.key(text);
		List<EEnumLiteral> options = options(type);
		for (EEnumLiteral option : options) {
			if (Values.key(ModelLabels.literal(type, option.getInstance())).equals(key)) {
				return option;
			}
		}
		String note = row == null ? null : row.getNote();
		if (note != null && Values.key(note).equals(key)) {
			for (EEnumLiteral option : options) {
				if (note.startsWith(ModelLabels.literal(type, option.getInstance()))) {
					return option;
				}
			}
			return options.get(options.size() - 1);
		}
		// 是（需附情况说明） in a form that words it so; the longest label the text begins with
		EEnumLiteral best = null;
		for (EEnumLiteral option : options) {
			String label = Values.key(ModelLabels.literal(type, option.getInstance()));
			if (!label.isEmpty() && key.startsWith(label) && (best == null || label.length() > Values.key(ModelLabels.literal(type, best.getInstance())).length())) {
				best = option;
			}
		}
		return best;
	}

	private Enumerator choose(FormRow row, EEnum type, String text) throws Values.Unreadable {
		if (Values.isNothing(text)) {
			return null;
		}
		EEnumLiteral chosen = null;
		if (Values.hasBox(text)) {
			for (Values.Option option : Values.options(text)) {
				if (!option.ticked()) {
					continue;
				}
				EEnumLiteral literal = literalOf(row, type, option.text());
				if (literal == null) {
					throw new Values.Unreadable(NLS.bind(Messages.Reason_unknownOption, option.text()));
				}
				if (chosen != null && chosen != literal) {
					throw new Values.Unreadable(Messages.Reason_severalTicked);
				}
				chosen = literal;
			}
			return chosen == null ? null : chosen.getInstance();
		}
		// no box at all: the option written out (是, 否)
		chosen = literalOf(row, type, text);
		if (chosen == null) {
			throw new Values.Unreadable(Messages.Reason_noOption);
		}
		return chosen.getInstance();
	}

	private void choice(FormRow row, EObject owner, EAttribute attribute, EEnum type, String text) throws Values.Unreadable {
		Enumerator value = choose(row, type, text);
		owner.eSet(attribute, value != null ? value : type.getDefaultValue());
	}

	private void literal(FormRow row, EObject owner, EAttribute attribute, EEnum type, String text) throws Values.Unreadable {
		if (Values.isNothing(text)) {
			owner.eSet(attribute, type.getDefaultValue());
			return;
		}
		EEnumLiteral literal = literalOf(null, type, text);
		if (literal == null) {
			throw new Values.Unreadable(Messages.Reason_noOption);
		}
		owner.eSet(attribute, literal.getInstance());
	}

	private void checkboxes(FormRow row, EObject owner, EAttribute attribute, EEnum type, List<String> lines) {
		@SuppressWarnings("unchecked")
		List<Object> list = (List<Object>) owner.eGet(attribute);
		list.clear();
		for (String line : lines) {
			for (Values.Option option : Values.options(line)) {
				EEnumLiteral literal = literalOf(null, type, option.text());
				if (literal == null) {
					if (option.ticked()) {
						unread(row, option.text(), NLS.bind(Messages.Reason_unknownOption, option.text()));
					}
					continue;
				}
				if (option.ticked() && !list.contains(literal.getInstance())) {
					list.add(literal.getInstance());
				}
			}
		}
	}

	// ---------------------------------------------------------------- composite values in one cell

	private void simpleReference(FormRow row, EObject owner, EReference reference, List<String> lines) throws Values.Unreadable {
		EClass type = reference.getEReferenceType();
		EObject value = (EObject) owner.eGet(reference);
		if (value == null) {
			value = EcoreUtil.create(type);
		}
		String text = String.join("\n", lines).strip(); //$NON-NLS-1$
		if (type == P.getRegion()) {
			region((Region) value, text);
		} else if (type == P.getContact()) {
			contact((Contact) value, text);
		} else if (type == P.getNamedCount()) {
			namedCount(row, (NamedCount) value, lines);
		} else if (type == P.getExplainedAnswer()) {
			ExplainedAnswer answer = (ExplainedAnswer) value;
			List<String> choice = new ArrayList<>();
			String prefix = Values.key(Messages.Form_explanation);
			for (String line : lines) {
				if (Values.key(line).startsWith(prefix)) {
					String explanation = Values.fold(line).strip();
					int colon = explanation.indexOf(':');
					answer.setExplanation(line.substring(Math.max(line.indexOf('\uff1a'), line.indexOf(':')) + 1).strip());
					if (colon < 0 && answer.getExplanation().isEmpty()) {
						answer.setExplanation(null);
					}
				} else {
					choice.add(line);
				}
			}
			Enumerator chosen = choose(row, P.getYesNo(), String.join(" ", choice)); //$NON-NLS-1$
			answer.setAnswer(chosen == null ? YesNo.NONE : (YesNo) chosen);
		} else if (type == P.getRecommendation()) {
			recommendation(row, (Recommendation) value, lines);
		}
		if (owner.eGet(reference) != value) {
			owner.eSet(reference, value);
		}
	}

	/** The municipalities directly under the central government: provinces of their own (北京市 海淀区). */
	private static final java.util.Set<String> MUNICIPALITIES = java.util.Set.of("\u5317\u4eac\u5e02", "\u5929\u6d25\u5e02", //$NON-NLS-1$ //$NON-NLS-2$
			"\u4e0a\u6d77\u5e02", "\u91cd\u5e86\u5e02"); //$NON-NLS-1$ //$NON-NLS-2$

	private static void region(Region region, String text) {
		String[] parts = text.strip().split("[\\s\u3000]+"); //$NON-NLS-1$
		region.setProvince(null);
		region.setCity(null);
		region.setCounty(null);
		if (text.isBlank()) {
			return;
		}
		if (parts.length == 3) {
			region.setProvince(parts[0]);
			region.setCity(parts[1]);
			region.setCounty(parts[2]);
			return;
		}
		for (String part : parts) {
			if (region.getProvince() == null && region.getCity() == null && (part.endsWith("\u7701") || part.contains("\u81ea\u6cbb\u533a") //$NON-NLS-1$ //$NON-NLS-2$
					|| MUNICIPALITIES.contains(part) || part.endsWith("\u7279\u522b\u884c\u653f\u533a"))) { //$NON-NLS-1$
				region.setProvince(part);
			} else if (region.getCity() == null && region.getCounty() == null && !part.endsWith("\u53bf") && !part.endsWith("\u65d7") //$NON-NLS-1$ //$NON-NLS-2$
					// a municipality's districts and counties are at county level (北京市 海淀区)
					&& (region.getProvince() == null || !MUNICIPALITIES.contains(region.getProvince()))) {
				region.setCity(part);
			} else {
				region.setCounty(region.getCounty() == null ? part : region.getCounty() + " " + part); //$NON-NLS-1$
			}
		}
	}

	private static void contact(Contact contact, String text) {
		String s = text.strip();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*?)\\s{2,}(.*)").matcher(s); //$NON-NLS-1$
		if (m.matches()) {
			contact.setPerson(m.group(1).strip());
			contact.setPhone(m.group(2).strip());
			return;
		}
		m = java.util.regex.Pattern.compile("(.*?)[\\s\uff0c,\uff1a:]*([+\\d][\\d\\- ()]{5,})").matcher(s); //$NON-NLS-1$
		if (m.matches()) {
			contact.setPerson(m.group(1).isBlank() ? null : m.group(1).strip());
			contact.setPhone(m.group(2).strip());
			return;
		}
		contact.setPerson(s.isEmpty() ? null : s);
		contact.setPhone(null);
	}

	private void namedCount(FormRow row, NamedCount named, List<String> lines) throws Values.Unreadable {
		String countKey = Values.key(Messages.Form_count);
		String namesKey = Values.key(Messages.Form_names);
		List<String> names = new ArrayList<>();
		boolean inNames = false;
		named.setCount(null);
		for (String line : lines) {
			String key = Values.key(line);
			if (key.startsWith(countKey)) {
				String value = afterColon(line);
				// 数量：    个 of a blank form: the unit alone is no count
				named.setCount(Values.key(value).equals(Values.key(Messages.Form_countUnit)) ? null : Values.count(value));
				inNames = false;
			} else if (key.startsWith(namesKey)) {
				names.addAll(names(afterColon(line)));
				inNames = true;
			} else if (inNames) {
				names.addAll(names(line));
			} else if (!line.isBlank()) {
				unread(row, line, Messages.Reason_notSupported);
			}
		}
		named.getNames().clear();
		named.getNames().addAll(names);
	}

	private static String afterColon(String line) {
		int colon = Math.max(line.indexOf('\uff1a'), line.indexOf(':'));
		return colon < 0 ? "" : line.substring(colon + 1).strip(); //$NON-NLS-1$
	}

	private void recommendation(FormRow row, Recommendation recommendation, List<String> lines) throws Values.Unreadable {
		List<String> filled = new ArrayList<>(lines.stream().filter(l -> !l.isBlank()).toList());
		recommendation.setDate(null);
		recommendation.setUnit(null);
		recommendation.setOpinion(null);
		// from the bottom: the date, the unit with its seal, the opinion above
		if (!filled.isEmpty() && looksLikeDate(filled.get(filled.size() - 1))) {
			recommendation.setDate(Values.date(filled.remove(filled.size() - 1)));
		}
		if (!filled.isEmpty()) {
			String line = filled.get(filled.size() - 1);
			String note = row.getNote();
			String unitPrefix = Values.key(Messages.Form_recommendationUnit);
			if (note != null && Values.key(line).endsWith(Values.key(note))) {
				String unit = line.strip();
				unit = unit.endsWith(note) ? unit.substring(0, unit.length() - note.length()) : unit.substring(0, Math.max(0, unit.length() - note.length()));
				recommendation.setUnit(unit.isBlank() ? null : unit.strip());
				filled.remove(filled.size() - 1);
			} else if (note == null && Values.key(line).startsWith(unitPrefix)) {
				String unit = afterColon(line);
				recommendation.setUnit(unit.isBlank() ? null : unit);
				filled.remove(filled.size() - 1);
			}
		}
		if (!filled.isEmpty()) {
			recommendation.setOpinion(String.join("\n", filled)); //$NON-NLS-1$
		}
	}

	private static boolean looksLikeDate(String line) {
		String key = Values.key(line);
		return key.endsWith("\u65e5") || key.matches("\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	// ---------------------------------------------------------------- yearly and compared rows

	/** The single object the reference holds, created and set when the document has none yet. */
	@SuppressWarnings("unchecked")
	static <T extends EObject> T child(EObject owner, EReference reference) {
		EObject child = (EObject) owner.eGet(reference);
		if (child == null) {
			child = EcoreUtil.create(reference.getEReferenceType());
			owner.eSet(reference, child);
		}
		return (T) child;
	}

	private void yearly(FormRow row, EObject owner, EReference reference, boolean compared) {
		EObject series = child(owner, reference);
		List<Integer> years = FormRows.years(document, row);
		Match m = find(layout.label(row), false);
		if (m == null) {
			unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		Map<Integer, String> values = new LinkedHashMap<>();
		String growth = null;
		String evidence = null;
		DocxGrid.Item item = m.item;
		int after = m.cell + 1;
		if (row.isLastYearOnly() && !years.isEmpty()) {
			values.put(years.get(years.size() - 1), String.join("\n", valueLines(m, row))); //$NON-NLS-1$
		} else if (after < item.cells.size() && Values.year(item.cell(after)) != null && Values.year(item.cell(item.cells.size() - 1)) == null) {
			// the years one below the other: label | 2022年 | value, then merged | 2023年 | value …
			values.put(Values.year(item.cell(after)), item.cell(item.cells.size() - 1));
			for (int i = m.index + 1; i < items.size(); i++) {
				DocxGrid.Item next = items.get(i);
				if (!next.isRow() || next.used || next.cells.size() <= m.cell + 1 || !next.cells.get(m.cell).continued()) {
					break;
				}
				Integer year = Values.year(next.cell(m.cell + 1));
				if (year == null) {
					break;
				}
				values.put(year, next.cell(next.cells.size() - 1));
				next.used = true;
			}
		} else if (after < item.cells.size() && allYears(item, after)) {
			// years across: label | 2021年 | 2022年 | 2023年, the values in the row below
			DocxGrid.Item below = nextRow(m.index);
			for (int c = after; c < item.cells.size(); c++) {
				values.put(Values.year(item.cell(c)), below == null ? "" : below.cell(c)); //$NON-NLS-1$
			}
			if (below != null) {
				below.used = true;
			}
		} else {
			// a header row above: 指标 | 2022年 | 2023年 | 2024年 (| 增幅（%） | 佐证页码)
			DocxGrid.Item header = headerAbove(m.index);
			if (header == null) {
				unread(row, item.toString(), Messages.Reason_noYears);
				return;
			}
			// aligned by grid column, right edges together (a row may have cells the header has not, on its left);
			// a value may span two columns under one year (the park's 开发面积 under 园区总额 and 其中：集群产业)
			int[] headerStart = columnStarts(header);
			int[] rowStart = columnStarts(item);
			int offset = rowStart[item.cells.size()] - headerStart[header.cells.size()];
			TableHeaders headers = TableHeaders.of(edition, row);
			for (int c = 0; c < header.cells.size(); c++) {
				String head = header.cell(c);
				int at = cellAtColumn(rowStart, headerStart[c] + offset);
				if (at <= m.cell || at >= item.cells.size()) {
					continue;
				}
				Integer year = Values.year(head, true);
				if (year != null) {
					values.put(year, item.cell(at));
				} else if (headers.kind(head) == FormTable.ColumnKind.GROWTH) {
					growth = item.cell(at);
				} else if (headers.kind(head) == FormTable.ColumnKind.EVIDENCE_PAGE) {
					evidence = item.cell(at);
				}
			}
		}
		for (Integer year : years) {
			if (!values.containsKey(year)) {
				unread(NLS.bind(Messages.Place_year, layout.label(row), String.valueOf(year)), "", Messages.Reason_noYear); //$NON-NLS-1$
			}
		}
		for (Map.Entry<Integer, String> e : values.entrySet()) {
			if (!years.contains(e.getKey())) {
				if (!Values.isNothing(e.getValue())) {
					unread(NLS.bind(Messages.Place_year, layout.label(row), String.valueOf(e.getKey())), e.getValue(), Messages.Reason_otherYear);
				}
				continue;
			}
			try {
				if (series instanceof YearlyDecimal decimal) {
					decimal.put(e.getKey(), Values.decimal(e.getValue()));
				} else if (series instanceof YearlyCount count) {
					count.put(e.getKey(), Values.count(e.getValue()));
				}
			} catch (Values.Unreadable x) {
				unread(NLS.bind(Messages.Place_year, layout.label(row), String.valueOf(e.getKey())), e.getValue(), x.getMessage());
			}
		}
		if (compared) {
			compared(row, series, growth, evidence);
		}
	}

	/** The grid column each cell of a row starts at, and (last) the row's width in grid columns. */
	private static int[] columnStarts(DocxGrid.Item row) {
		int[] starts = new int[row.cells.size() + 1];
		for (int c = 0; c < row.cells.size(); c++) {
			starts[c + 1] = starts[c] + row.cells.get(c).span();
		}
		return starts;
	}

	/** The cell starting at the grid column; -1 when no cell starts there. */
	private static int cellAtColumn(int[] starts, int column) {
		for (int c = 0; c < starts.length - 1; c++) {
			if (starts[c] == column) {
				return c;
			}
		}
		return -1;
	}

	/** 增幅 as printed: kept only where it is not the one computed from the two years (the filer's own figure). */
	private void compared(FormRow row, EObject series, String growth, String evidence) {
		String page = evidence == null || evidence.isBlank() ? null : evidence.strip();
		BigDecimal printed = null;
		try {
			printed = growth == null ? null : Values.decimal(growth.replace("%", "")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (Values.Unreadable x) {
			unread(NLS.bind(Messages.Place_growth, layout.label(row)), growth, x.getMessage());
		}
		if (series instanceof ComparedDecimal d) {
			d.setEvidencePage(page);
			BigDecimal computed = d.computedGrowth();
			d.setGrowth(printed != null && !same(printed, computed) ? printed : null);
		} else if (series instanceof ComparedCount c) {
			c.setEvidencePage(page);
			BigDecimal computed = c.computedGrowth();
			c.setGrowth(printed != null && !same(printed, computed) ? printed : null);
		}
	}

	private static boolean same(BigDecimal printed, BigDecimal computed) {
		return computed != null && DecimalMath.round2(computed).compareTo(printed.setScale(2, RoundingMode.HALF_UP)) == 0;
	}

	private static boolean allYears(DocxGrid.Item item, int from) {
		for (int c = from; c < item.cells.size(); c++) {
			if (Values.year(item.cell(c)) == null) {
				return false;
			}
		}
		return true;
	}

	private DocxGrid.Item nextRow(int index) {
		for (int i = index + 1; i < items.size(); i++) {
			if (items.get(i).isRow()) {
				return items.get(i);
			}
		}
		return null;
	}

	/** The nearest row above with year columns (a header, repeated by Word after a page break). */
	private DocxGrid.Item headerAbove(int index) {
		for (int i = index - 1; i >= 0; i--) {
			DocxGrid.Item item = items.get(i);
			if (!item.isRow()) {
				continue;
			}
			int years = 0;
			for (int c = 1; c < item.cells.size(); c++) {
				if (Values.year(item.cell(c), false) != null) {
					years++;
				}
			}
			if (years > 0 && Values.year(item.cell(0), true) == null) {
				return item;
			}
		}
		return null;
	}

	/**
	 * 近三年…制修订标准数量情况: the label merged down, then per data year a block 类别 | 主持数量 | 参与数量, one row per
	 * category (国际, 国家, 行业, 团体); the blocks are the data years in order, as the form has no row of years.
	 */
	private void standards(FormRow row, EObject owner, EReference reference) {
		Match m = find(layout.label(row), false);
		if (m == null) {
			unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		List<Integer> years = edition.getDataYears();
		EEnum categories = P.getStandardCategory();
		Map<String, org.clusterdesk.model.StandardCount> counts = new LinkedHashMap<>();
		for (int i = m.index + 1; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (!item.isRow() || item.used || item.cells.size() <= m.cell || !item.cells.get(m.cell).continued()) {
				break;
			}
			item.used = true;
			cursor = i + 1;
			for (int y = 0; y < years.size(); y++) {
				int at = m.cell + 1 + 3 * y;
				EEnumLiteral category = literalOf(null, categories, item.cell(at));
				if (category == null) {
					if (!item.cell(at).isBlank()) {
						unread(NLS.bind(Messages.Place_year, layout.label(row), String.valueOf(years.get(y))), item.cell(at), Messages.Reason_noOption);
					}
					continue;
				}
				try {
					Integer led = Values.count(item.cell(at + 1));
					Integer participated = Values.count(item.cell(at + 2));
					if (led == null && participated == null) {
						continue;
					}
					org.clusterdesk.model.StandardCount count = P.getClusterDeskFactory().createStandardCount();
					count.setYear(years.get(y));
					count.setCategory((org.clusterdesk.model.StandardCategory) category.getInstance());
					count.setLed(led);
					count.setParticipated(participated);
					counts.put(years.get(y) + "/" + category.getValue(), count); //$NON-NLS-1$
				} catch (Values.Unreadable e) {
					unread(NLS.bind(Messages.Place_year, layout.label(row) + " " + item.cell(at), String.valueOf(years.get(y))), //$NON-NLS-1$
							item.cell(at + 1) + " / " + item.cell(at + 2), e.getMessage()); //$NON-NLS-1$
				}
			}
		}
		@SuppressWarnings("unchecked")
		List<org.clusterdesk.model.StandardCount> list = (List<org.clusterdesk.model.StandardCount>) owner.eGet(reference);
		list.clear();
		// in the order the editor keeps them: year by year, the categories in the form's order
		for (Integer year : years) {
			for (EEnumLiteral category : categories.getELiterals()) {
				org.clusterdesk.model.StandardCount c = counts.get(year + "/" + category.getValue()); //$NON-NLS-1$
				if (c != null) {
					list.add(c);
				}
			}
		}
	}

	/** Numbering the outline puts before a heading: 一、 （一） 1. （1）. */
	private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern
			.compile("^[\\uff08(]?[\\u4e00-\\u9fa50-9]{1,2}[\\uff09)\\u3001.\\uff0e]\\s*"); //$NON-NLS-1$

	private static final java.util.regex.Pattern STAGE = java.util.regex.Pattern.compile("[(]\\d{1,2}[)](\\d{4})\\u5e74\\u5ea6"); //$NON-NLS-1$

	/**
	 * 八、…发展规划 of an application: the narratives under their outline headings (一、集群基本情况简介, （一）总体思路, …),
	 * every paragraph up to the next heading, the form's guidance (its note) left out; the stage goals under （1）2025年度
	 * …; the targets table by {@link PlanTargetsReader}.
	 */
	private void plan(org.clusterdesk.model.PlanSection plan) {
		if (plan == null) {
			plan = P.getClusterDeskFactory().createPlanSection();
			document.eSet(section.getFeature(), plan);
		}
		plan(plan, section.getRows());
	}

	/** The parts of a plan under their headings, the rows given (the edition's, or the re-review's new plan's). */
	void plan(org.clusterdesk.model.PlanSection plan, List<FormRow> planRows) {
		for (FormRow row : planRows) {
			EStructuralFeature feature = row.getFeature();
			if (feature.getEContainingClass() != P.getPlanSection()) {
				continue;
			}
			if (feature == P.getPlanSection_StageGoals()) {
				stageGoals(row, plan);
			} else if (feature == P.getPlanSection_Targets()) {
				new PlanTargetsReader(this).read(row, plan.getTargets(), edition.getPlanBaselineYear(), edition.getPlanTargetYear());
			} else if (feature instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == String.class) {
				int at = heading(NUMBERING.matcher(row.getLabel()).replaceFirst("")); //$NON-NLS-1$
				if (at < 0) {
					unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
					continue;
				}
				List<String> text = paragraphsAfter(at, row.getNote());
				plan.eSet(feature, text.isEmpty() ? null : String.join("\n", text)); //$NON-NLS-1$
			} else {
				unread(row, "", Messages.Reason_notSupported); //$NON-NLS-1$
			}
		}
	}

	/** The paragraph that heads a part of the outline: its numbering, then the label. */
	int heading(String label) {
		String key = Values.key(label);
		for (int i = 0; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (item.isRow() || item.used) {
				continue;
			}
			String p = Values.key(item.paragraph);
			if (p.endsWith(key) && p.length() - key.length() <= 4 && NUMBERING.matcher(Values.fold(item.paragraph).strip()).find()) {
				item.used = true;
				return i;
			}
		}
		return -1;
	}

	/**
	 * Whether a paragraph heads a part of the outline: a heading style, or — as after a re-save that renames the styles —
	 * a short line that starts with the outline's numbering (二、发展成效, （三）重点任务, 1.三年总体目标).
	 */
	private static boolean isHeading(DocxGrid.Item item) {
		if (item.style != null && item.style.startsWith("CDHeading")) { //$NON-NLS-1$
			return true;
		}
		if (Values.key(item.paragraph).equals(Values.key(Messages.Form_attachmentIndex))) {
			return true; // 附件清单 after the form, whatever its style became
		}
		String text = Values.fold(item.paragraph).strip();
		return text.length() <= 30 && !text.contains("\u3002") && NUMBERING.matcher(text).find(); //$NON-NLS-1$
	}

	/** The paragraphs after a heading up to the next heading or table, without the form's guidance. */
	List<String> paragraphsAfter(int at, String note) {
		String noteKey = Values.key(note);
		List<String> text = new ArrayList<>();
		for (int i = at + 1; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (item.isRow() || isHeading(item) || STAGE.matcher(Values.key(item.paragraph)).matches()) {
				break;
			}
			String key = Values.key(item.paragraph);
			if ("CDNote".equals(item.style) || !noteKey.isEmpty() && noteKey.contains(key) && !key.isEmpty()) { //$NON-NLS-1$
				continue;
			}
			// a break at the end of a paragraph (LibreOffice puts the next page's break there) is not text
			text.add(item.paragraph.stripTrailing());
		}
		// blank lines around the text (a no-break space counts as blank: LibreOffice leaves one in an empty paragraph)
		while (!text.isEmpty() && Values.key(text.get(text.size() - 1)).isEmpty()) {
			text.remove(text.size() - 1);
		}
		while (!text.isEmpty() && Values.key(text.get(0)).isEmpty()) {
			text.remove(0);
		}
		return text;
	}

	private void stageGoals(FormRow row, org.clusterdesk.model.PlanSection plan) {
		plan.getStageGoals().clear();
		boolean found = false;
		for (int i = 0; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (item.isRow()) {
				continue;
			}
			java.util.regex.Matcher m = STAGE.matcher(Values.key(item.paragraph));
			if (!m.matches()) {
				continue;
			}
			found = true;
			int year = Integer.parseInt(m.group(1));
			List<String> text = paragraphsAfter(i, null);
			if (!edition.getStageYears().contains(year)) {
				if (!text.isEmpty()) {
					unread(NLS.bind(Messages.Place_year, layout.label(row), String.valueOf(year)), String.join("\n", text), Messages.Reason_otherYear); //$NON-NLS-1$
				}
				continue;
			}
			if (text.isEmpty()) {
				continue; // the year's heading of a blank form: no goal written
			}
			org.clusterdesk.model.StageGoal goal = P.getClusterDeskFactory().createStageGoal();
			goal.setYear(year);
			goal.setText(text.isEmpty() ? null : String.join("\n", text)); //$NON-NLS-1$
			plan.getStageGoals().add(goal);
		}
		if (!found) {
			unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
		}
	}

	/** 领航级/卓越级/先进级/基础级智能工厂数量: 0/1/4/9 per year, and the row's own 佐证页码 cell. */
	private void smartFactories(FormRow row, EObject owner, EReference reference) {
		Match m = find(layout.label(row), false);
		if (m == null) {
			unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		DocxGrid.Item header = headerAbove(m.index);
		@SuppressWarnings("unchecked")
		List<org.clusterdesk.model.SmartFactoryCount> list = (List<org.clusterdesk.model.SmartFactoryCount>) owner.eGet(reference);
		list.clear();
		if (header == null) {
			unread(row, m.item.toString(), Messages.Reason_noYears);
			return;
		}
		int offset = m.item.cells.size() - header.cells.size();
		for (int c = 0; c < header.cells.size(); c++) {
			int at = c + offset;
			if (at <= m.cell || at >= m.item.cells.size()) {
				continue;
			}
			String head = header.cell(c);
			String text = m.item.cell(at);
			Integer year = Values.year(head, true);
			if (year != null && edition.getDataYears().contains(year)) {
				if (Values.isNothing(text)) {
					continue;
				}
				String[] parts = Values.fold(text).split("/"); //$NON-NLS-1$
				try {
					if (parts.length != 4) {
						throw new Values.Unreadable(Messages.Reason_fourCounts);
					}
					org.clusterdesk.model.SmartFactoryCount count = P.getClusterDeskFactory().createSmartFactoryCount();
					count.setYear(year);
					count.setLeading(Values.count(parts[0]));
					count.setExcellent(Values.count(parts[1]));
					count.setAdvanced(Values.count(parts[2]));
					count.setBasic(Values.count(parts[3]));
					list.add(count);
				} catch (Values.Unreadable e) {
					unread(NLS.bind(Messages.Place_year, layout.label(row), String.valueOf(year)), text, e.getMessage());
				}
			} else if (Values.key(head).contains(Values.key(Messages.Form_evidencePage))
					&& owner.eClass().getEAllStructuralFeatures().contains(P.getEnterpriseIndicators_SmartFactoriesEvidencePage())) {
				owner.eSet(P.getEnterpriseIndicators_SmartFactoriesEvidencePage(), blankToNull(text));
			}
		}
	}

	/**
	 * A top-ten table (营业收入排名前十, 研发投入前十位): its caption row, the two header rows (the years in the second),
	 * then one row per enterprise — as many as there are, rows added by the filer included — up to 合计, and the
	 * 佐证页码 line under the table.
	 */
	private void ranking(FormRow row, EObject owner, EReference reference) {
		Match m = find(layout.label(row), false);
		if (m == null) {
			unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		org.clusterdesk.model.RankingTable table = child(owner, reference);
		table.getRows().clear();
		Map<Integer, Integer> yearColumns = new LinkedHashMap<>();
		int i = m.index + 1;
		for (; i < items.size() && i <= m.index + 3; i++) {
			DocxGrid.Item item = items.get(i);
			if (!item.isRow()) {
				continue;
			}
			item.used = true;
			for (int c = 0; c < item.cells.size(); c++) {
				Integer year = Values.year(item.cell(c), true);
				if (year != null) {
					yearColumns.put(year, c);
				}
			}
			if (!yearColumns.isEmpty()) {
				i++;
				break;
			}
		}
		if (yearColumns.isEmpty()) {
			unread(row, "", Messages.Reason_noYears); //$NON-NLS-1$
			return;
		}
		int lastYear = java.util.Collections.max(yearColumns.values());
		int growthColumn = lastYear + 1;
		int productsColumn = lastYear + 2;
		String total = Values.key(Messages.Form_total);
		for (; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (!item.isRow()) {
				break;
			}
			item.used = true;
			cursor = i + 1;
			String name = item.cell(0);
			boolean isTotal = Values.key(name).equals(total);
			org.clusterdesk.model.ComparedDecimal values = isTotal ? P.getClusterDeskFactory().createComparedDecimal()
					: P.getClusterDeskFactory().createRankedEnterprise();
			for (Map.Entry<Integer, Integer> e : yearColumns.entrySet()) {
				try {
					values.put(e.getKey(), Values.decimal(item.cell(e.getValue())));
				} catch (Values.Unreadable x) {
					unread(NLS.bind(Messages.Place_year, layout.label(row) + " " + name, String.valueOf(e.getKey())), item.cell(e.getValue()), //$NON-NLS-1$
							x.getMessage());
				}
			}
			compared(row, values, item.cell(growthColumn), null);
			values.setEvidencePage(null);
			if (isTotal) {
				table.setTotal(values);
				break;
			}
			org.clusterdesk.model.RankedEnterprise enterprise = (org.clusterdesk.model.RankedEnterprise) values;
			if (Values.isNothing(name) && yearColumns.values().stream().allMatch(c -> Values.isNothing(item.cell(c)))) {
				continue; // an empty row left in the table
			}
			enterprise.setName(blankToNull(name));
			if (productsColumn < item.cells.size()) {
				enterprise.getProducts().addAll(names(item.cell(productsColumn)));
			}
			table.getRows().add(enterprise);
		}
		// 佐证页码：P49 in the caption (the filer's answer under 并注明见佐证PXX页) or under the table
		String evidence = Values.key(Messages.Form_evidencePage);
		table.setEvidencePage(null);
		for (DocxGrid.Cell cell : m.item.cells) {
			for (String line : cell.filled()) {
				if (Values.key(line).startsWith(evidence)) {
					table.setEvidencePage(blankToNull(afterColon(line)));
				}
			}
		}
		for (int j = i + 1; j < Math.min(items.size(), i + 3); j++) {
			DocxGrid.Item item = items.get(j);
			if (!item.isRow() && Values.key(item.paragraph).startsWith(evidence)) {
				table.setEvidencePage(blankToNull(afterColon(item.paragraph)));
				break;
			}
		}
	}

	/**
	 * 2.3 集群重点项目建设情况: 建设单位名称 | 项目名称 | 总投资（万元） | 建设期, one row per project — rows added by the filer
	 * included — down to 合计, whose 总投资 is the total.
	 */
	private void keyProjects(FormRow row, EObject owner, EReference reference) {
		String builder = Values.key(ModelLabels.feature(P.getKeyProject_Builder()));
		int header = -1;
		for (int i = 0; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (item.isRow() && !item.used && Values.key(item.cell(0)).equals(builder)) {
				header = i;
				item.used = true;
				break;
			}
		}
		@SuppressWarnings("unchecked")
		List<org.clusterdesk.model.KeyProject> list = (List<org.clusterdesk.model.KeyProject>) owner.eGet(reference);
		list.clear();
		if (header < 0) {
			unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		String total = Values.key(Messages.Form_total);
		for (int i = header + 1; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (!item.isRow()) {
				break;
			}
			item.used = true;
			cursor = i + 1;
			String place = layout.label(row) + " " + item.cell(1); //$NON-NLS-1$
			if (Values.key(item.cell(0)).equals(total)) {
				if (owner.eClass().getEAllStructuralFeatures().contains(P.getCompetitionReport_KeyProjectsTotal())) {
					try {
						owner.eSet(P.getCompetitionReport_KeyProjectsTotal(), Values.decimal(item.cell(2)));
					} catch (Values.Unreadable e) {
						unread(NLS.bind(Messages.Place_sub, layout.label(row), Messages.Form_total), item.cell(2), e.getMessage());
					}
				}
				break;
			}
			if (item.cells.stream().allMatch(c -> c.text().isBlank())) {
				continue; // an empty row left in the table
			}
			org.clusterdesk.model.KeyProject project = P.getClusterDeskFactory().createKeyProject();
			project.setBuilder(blankToNull(item.cell(0)));
			project.setName(blankToNull(item.cell(1)));
			try {
				project.setInvestment(Values.decimal(item.cell(2)));
			} catch (Values.Unreadable e) {
				unread(NLS.bind(Messages.Place_sub, place, ModelLabels.feature(P.getKeyProject_Investment())), item.cell(2), e.getMessage());
			}
			String period = item.cell(3);
			if (!Values.isNothing(period)) {
				String[] parts = Values.fold(period).strip().split("\\s*(?:\u81f3|~|\u5230|\u2014|\u2013|-)\\s*"); //$NON-NLS-1$
				try {
					if (parts.length != 2) {
						throw new Values.Unreadable(Messages.Reason_notPeriod);
					}
					project.setPeriodStart(Values.yearMonth(parts[0]));
					project.setPeriodEnd(Values.yearMonth(parts[1]));
				} catch (Values.Unreadable e) {
					unread(NLS.bind(Messages.Place_sub, place, Messages.Form_period), period, Messages.Reason_notPeriod);
				}
			}
			list.add(project);
		}
	}

	/** Honours by level: the label merged down, a row per level (国家级 / 省级 / 市级), one title a line. */
	private void honours(FormRow row, EObject owner, EReference reference) {
		Match m = find(layout.label(row), false);
		@SuppressWarnings("unchecked")
		List<org.clusterdesk.model.Honour> list = (List<org.clusterdesk.model.Honour>) owner.eGet(reference);
		list.clear();
		if (m == null) {
			unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		for (int i = m.index; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (!item.isRow() || i > m.index && (item.used || item.cells.size() <= m.cell + 1 || !item.cells.get(m.cell).continued())) {
				break;
			}
			item.used = true;
			cursor = i + 1;
			String levelText = item.cell(m.cell + 1);
			List<String> titles = item.cells.size() > m.cell + 2 ? item.cells.get(item.cells.size() - 1).filled() : List.of();
			EEnumLiteral level = literalOf(null, P.getAdministrativeLevel(), levelText);
			if (level == null) {
				if (!titles.isEmpty()) {
					unread(NLS.bind(Messages.Place_sub, layout.label(row), levelText), String.join("\n", titles), Messages.Reason_noOption); //$NON-NLS-1$
				}
				continue;
			}
			for (String title : titles) {
				org.clusterdesk.model.Honour honour = P.getClusterDeskFactory().createHonour();
				honour.setLevel((org.clusterdesk.model.AdministrativeLevel) level.getInstance());
				honour.setTitle(title.strip());
				list.add(honour);
			}
		}
	}

	// ---------------------------------------------------------------- organisations and contacts

	private void organisation(FormRow row, EObject owner, EReference reference, EObject sectionObject) {
		Organisation organisation = child(owner, reference);
		Match m = find(layout.label(row), false);
		if (m == null) {
			unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		if (readBeside(m, row, sectionObject)) {
			organisation.setName(blankToNull(m.item.cell(m.cell + 1)));
		} else {
			organisation.setName(blankToNull(String.join("\n", valueLines(m, row)))); //$NON-NLS-1$
		}
		Contact contact = organisation.getContact();
		if (contact == null) {
			contact = P.getClusterDeskFactory().createContact();
			organisation.setContact(contact);
		}
		String person = Values.key(ModelLabels.feature(P.getContact_Person()));
		for (int i = m.index + 1; i < Math.min(items.size(), m.index + 4); i++) {
			DocxGrid.Item next = items.get(i);
			if (next.isRow() && !next.used && Values.key(next.cell(0)).equals(person)) {
				next.used = true;
				contact.setPerson(blankToNull(next.cell(1)));
				contact.setPhone(blankToNull(next.cell(next.cells.size() - 1)));
				return;
			}
		}
		unread(NLS.bind(Messages.Place_sub, layout.label(row), ModelLabels.feature(P.getContact_Person())), "", Messages.Reason_notFound); //$NON-NLS-1$
	}

	private void unitContacts(FormRow row, EObject owner, EReference reference) {
		Match m = find(layout.label(row), false);
		if (m == null) {
			unread(row, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		String nameKey = Values.key(ModelLabels.feature(P.getUnitContact_Name()));
		String headKey = Values.key(ModelLabels.feature(P.getUnitContact_Head()));
		String contactKey = Values.key(ModelLabels.feature(P.getUnitContact_Contact()));
		List<UnitContact> units = new ArrayList<>();
		UnitContact unit = null;
		for (int i = m.index; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			// the unit's rows under the merged label; a further unit starts the label again
			if (!item.isRow() || i > m.index && (item.used || item.cells.size() <= m.cell
					|| !item.cells.get(m.cell).continued() && !firstLineIs(item.cells.get(m.cell), layout.label(row)))) {
				break;
			}
			item.used = true;
			cursor = i + 1;
			String sub = Values.key(item.cell(m.cell + 1));
			if (sub.equals(nameKey)) {
				unit = P.getClusterDeskFactory().createUnitContact();
				units.add(unit);
				unit.setName(blankToNull(item.cell(item.cells.size() - 1)));
			} else if (unit != null && sub.equals(headKey)) {
				unit.setHead(blankToNull(item.cell(m.cell + 2)));
				unit.setHeadPhone(blankToNull(item.cell(item.cells.size() - 1)));
			} else if (unit != null && sub.equals(contactKey)) {
				unit.setContact(blankToNull(item.cell(m.cell + 2)));
				unit.setContactPhone(blankToNull(item.cell(item.cells.size() - 1)));
			}
		}
		units.removeIf(u -> u.getName() == null && u.getHead() == null && u.getHeadPhone() == null && u.getContact() == null
				&& u.getContactPhone() == null);
		if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			List<UnitContact> list = (List<UnitContact>) owner.eGet(reference);
			list.clear();
			list.addAll(units);
		} else {
			owner.eSet(reference, units.isEmpty() ? null : units.get(0));
			if (units.size() > 1) {
				unread(row, units.get(1).getName(), Messages.Reason_onlyOne);
			}
		}
	}

	private static boolean firstLineIs(DocxGrid.Cell cell, String label) {
		List<String> lines = cell.filled();
		return !lines.isEmpty() && Values.key(lines.get(0)).equals(Values.key(label));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	// ---------------------------------------------------------------- inline rows

	private void inline(FormLayout.Group group, EObject sectionObject) {
		Match m = find(group.label(), false);
		List<FormRow> rows = section.getRows().stream().filter(r -> group.rows().contains(r.getFeature().getName())).toList();
		if (m == null) {
			unread(group.label(), "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		List<String> lines = m.item.cells.get(m.item.cells.size() - 1).filled();
		for (FormRow r : rows) {
			EObject owner = FormRows.owner(document, sectionObject, r);
			if (owner == null) {
				continue;
			}
			String label = Values.key(layout.label(r));
			String value = null;
			for (String line : lines) {
				if (Values.key(line).startsWith(label)) {
					String folded = line.strip();
					int at = folded.indexOf(layout.label(r));
					value = at >= 0 ? folded.substring(at + layout.label(r).length()) : Values.key(line).substring(label.length());
					break;
				}
			}
			if (value == null) {
				unread(r, "", Messages.Reason_notFound); //$NON-NLS-1$
			} else {
				set(r, owner, List.of(value.strip()));
			}
		}
	}
}
