/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.labels.ModelLabels;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * The P-references of a document: the 佐证页码 cells (every text attribute named {@code evidencePage} or
 * {@code …EvidencePage}, which the form fills with PXX) and the references written into narratives (见佐证P12页,
 * 佐证材料P12). Finding them and renumbering them when the bundle's layout changes.
 */
public final class PageReferences {

	/** A 佐证页码 cell: P12 or P12页, the whole value. */
	private static final Pattern CELL = Pattern.compile("\\s*P([1-9][0-9]{0,8})(页?)\\s*"); //$NON-NLS-1$

	/** A reference inside a narrative: P12 right after 佐证 (佐证P12, 见佐证材料第P12页, 佐证 P12). */
	private static final Pattern NARRATIVE = Pattern.compile("(佐证(?:材料)?第?\\s?)P([1-9][0-9]{0,8})"); //$NON-NLS-1$

	/** One P-reference: where it is and the page it names. */
	public record Reference(EObject owner, EAttribute attribute, int page, boolean cell) {
	}

	private PageReferences() {
	}

	/**
	 * The row the reference belongs to, as the form words it: the row's feature (2.1 企业数量 …), or the name of a park or
	 * a table row when it has one.
	 */
	public static String label(Reference r) {
		EObject owner = r.owner();
		String name = null;
		for (String n : new String[] { "name", "title" }) { //$NON-NLS-1$ //$NON-NLS-2$
			EStructuralFeature f = owner.eClass().getEStructuralFeature(n);
			if (f instanceof EAttribute && !f.isMany() && owner.eGet(f) instanceof String s && !s.isBlank()) {
				name = s.strip();
				break;
			}
		}
		String row = owner.eContainmentFeature() == null ? ModelLabels.feature(r.attribute())
				: ModelLabels.feature(owner.eContainmentFeature());
		if (!"evidencePage".equals(r.attribute().getName()) && owner.eContainmentFeature() != null) { //$NON-NLS-1$
			row = ModelLabels.feature(r.attribute());
		}
		return name == null ? row : row + " " + name; //$NON-NLS-1$
	}

	/** Whether the attribute is a 佐证页码 cell. */
	public static boolean isCell(EAttribute attribute) {
		String name = attribute.getName();
		return !attribute.isMany() && attribute.getEAttributeType() == EcorePackage.Literals.ESTRING
				&& ("evidencePage".equals(name) || name.endsWith("EvidencePage")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Every P-reference of the document, cells and narratives, in document order. */
	public static List<Reference> find(ClusterDocument document) {
		List<Reference> found = new ArrayList<>();
		visit(document, (owner, attribute, text) -> {
			if (isCell(attribute)) {
				Matcher m = CELL.matcher(text);
				if (m.matches()) {
					found.add(new Reference(owner, attribute, Integer.parseInt(m.group(1)), true));
				}
			} else {
				Matcher m = NARRATIVE.matcher(text);
				while (m.find()) {
					found.add(new Reference(owner, attribute, Integer.parseInt(m.group(2)), false));
				}
			}
			return text;
		});
		return found;
	}

	/**
	 * Renumbers every P-reference from one layout of the attachments to another: a reference to page k of an
	 * attachment under {@code from} names page k of the same attachment under {@code to}. A reference outside every
	 * attachment of {@code from}, or to a page the attachment no longer has, is left as it is (validation reports it).
	 *
	 * @return how many references changed
	 */
	public static int renumber(ClusterDocument document, EvidenceLayout from, EvidenceLayout to) {
		int[] changed = { 0 };
		visit(document, (owner, attribute, text) -> {
			boolean cell = isCell(attribute);
			Matcher m = (cell ? CELL : NARRATIVE).matcher(text);
			int group = cell ? 1 : 2;
			StringBuilder out = new StringBuilder();
			int last = 0;
			boolean any = cell ? m.matches() : m.find();
			while (any) {
				int page = Integer.parseInt(m.group(group));
				Integer moved = move(page, from, to);
				out.append(text, last, m.start(group)).append(moved == null ? page : moved.intValue());
				last = m.end(group);
				if (moved != null && moved.intValue() != page) {
					changed[0]++;
				}
				any = !cell && m.find();
			}
			out.append(text, last, text.length());
			String result = out.toString();
			if (!result.equals(text)) {
				owner.eSet(attribute, result);
			}
			return result;
		});
		return changed[0];
	}

	/** The page under {@code to} of the page under {@code from}, or null when it does not map. */
	public static Integer move(int page, EvidenceLayout from, EvidenceLayout to) {
		EvidenceLayout.Entry was = from.locate(page);
		if (was == null) {
			return null;
		}
		EvidenceLayout.Entry now = to.entry(was.attachment());
		int inAttachment = page - was.firstPage() + 1;
		if (now == null || inAttachment > now.pages()) {
			return null;
		}
		return Integer.valueOf(now.firstPage() + inAttachment - 1);
	}

	@FunctionalInterface
	private interface TextVisitor {
		String visit(EObject owner, EAttribute attribute, String text);
	}

	private static void visit(ClusterDocument document, TextVisitor visitor) {
		visitObject(document, visitor);
		for (TreeIterator<EObject> it = document.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof ClusterLibraries) {
				it.prune(); // the four libraries hold thousands of rows and no page references
				continue;
			}
			visitObject(o, visitor);
		}
	}

	private static void visitObject(EObject o, TextVisitor visitor) {
		for (EAttribute attribute : o.eClass().getEAllAttributes()) {
			if (attribute.isMany() || attribute.isDerived() || attribute.isTransient()
					|| attribute.getEAttributeType() != EcorePackage.Literals.ESTRING) {
				continue;
			}
			Object value = o.eGet(attribute);
			if (value instanceof String text && text.indexOf('P') >= 0) {
				visitor.visit(o, attribute, text);
			}
		}
	}
}
