/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.forms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;

/**
 * How an edition's rows are laid out in the printed form, where the rows alone do not say it: the group labels the form
 * prints in a merged first column over their sub-rows (创新平台建设情况 over 国家级 / 省级 / 其他), the prompt the form
 * prints at the top of a value cell (集群已提供的中小企业公共服务：), the rows the form prints as a note inside the
 * group above (（注：单位产值能耗需提供计算公式）) and the rows the application captures that the form has no row for
 * (lists of evidence, which go to the attachments after the form). It is data kept beside the edition:
 * {@code editions/<id>.layout}, read by every consumer of the layout (the Word export, the editor).
 *
 * <p>
 * The file is UTF-8 text, one directive a line, {@code #} starts a comment; a row is named by its feature's name within
 * its section:
 *
 * <pre>
 * group nationalPlatforms provincialPlatforms otherPlatforms = 创新平台建设情况 | （需提供清单及佐证材料）
 * prompt publicServices = 集群已提供的中小企业公共服务：
 * noteRow energyFormula
 * hide patentEvidence
 * heading revenue = 5.1 未来三年集群主要经济指标发展目标
 * heading 八:problems = 3、 存在的问题
 * heading plan:goals = （2） 发展目标
 * valueNote validInventionPatents
 * flag 2.5 noGrowth
 * label 五:background = 第一部分：培育背景
 * subRow co2ReductionRate = 近三年累计降低率
 * inline greenFactories greenParks greenSupplyChains greenDesignProducts = 集群绿色制造体系建设水平 | （注：…）
 * beside operator operatorChanged = 是否发生变化
 * </pre>
 *
 * A row may be named {@code <section number>:<feature>} where a feature name occurs in more than one section
 * ({@code 五:revenue}). {@code heading} prints a heading of the form before the row (a subsection the form numbers
 * inside a part, the parts of an outline); in an outline (八) it is the row's heading with the form's own numbering, in
 * place of the numbering the outline would give it, and {@code plan:goals} is the heading of 发展目标, which no row
 * carries; {@code valueNote} prints the row's note in the value cell, after the value,
 * where the form has it there; {@code flag} sets a switch of a section ({@code noGrowth}: the form has no 增幅 column
 * there; {@code evidencePages}: the form has a 佐证页码 column there); {@code label} words a row as this form does;
 * {@code subRow} prints the row as a sub-row of the merged label above it, under the text given; {@code inline} prints
 * the rows as the lines of one value cell beside one label (绿色工厂数量 …, 绿色工业园区数量 …); {@code beside} prints the
 * second row in the first row's line, after the text given (集群运营管理机构 | … | 是否发生变化 | □是 □否).
 */
public final class FormLayout {

	/** A group label over sub-rows: the label, the note under it (or null), the features of its rows. */
	public record Group(String label, String note, List<String> rows) {

		/** Whether the row is the group's first (the one that starts the merged label cell). */
		public boolean starts(FormRow row) {
			return !rows.isEmpty() && rows.get(0).equals(name(row));
		}

		/** Whether the row is the group's last. */
		public boolean ends(FormRow row) {
			return !rows.isEmpty() && rows.get(rows.size() - 1).equals(name(row));
		}
	}

	/** No layout beyond the rows. */
	public static final FormLayout NONE = new FormLayout(Map.of(), Map.of(), Set.of(), Set.of(), Map.of(), Set.of(), Set.of(),
			Map.of(), Map.of(), Map.of(), Map.of());

	private static final Map<URI, FormLayout> CACHE = new ConcurrentHashMap<>();

	private final Map<String, Group> groups;

	private final Map<String, String> prompts;

	private final Set<String> hidden;

	private final Set<String> noteRows;

	private final Map<String, String> headings;

	private final Set<String> valueNotes;

	private final Set<String> flags;

	private final Map<String, String> labels;

	private final Map<String, String> subRows;

	private final Map<String, Group> inlines;

	private final Map<String, Group> besides;

	private FormLayout(Map<String, Group> groups, Map<String, String> prompts, Set<String> hidden, Set<String> noteRows,
			Map<String, String> headings, Set<String> valueNotes, Set<String> flags, Map<String, String> labels,
			Map<String, String> subRows, Map<String, Group> inlines, Map<String, Group> besides) {
		this.besides = besides;
		this.labels = labels;
		this.subRows = subRows;
		this.inlines = inlines;
		this.groups = groups;
		this.prompts = prompts;
		this.hidden = hidden;
		this.noteRows = noteRows;
		this.headings = headings;
		this.valueNotes = valueNotes;
		this.flags = flags;
	}

	/** The layout kept beside the edition's file, {@link #NONE} when there is none. */
	public static FormLayout of(Edition edition) {
		Resource resource = edition == null ? null : edition.eResource();
		if (resource == null || resource.getURI() == null) {
			return NONE;
		}
		URI uri = resource.getURI().trimFileExtension().appendFileExtension("layout"); //$NON-NLS-1$
		return CACHE.computeIfAbsent(uri, u -> load(resource, u));
	}

	private static FormLayout load(Resource resource, URI uri) {
		URIConverter converter = resource.getResourceSet() != null ? resource.getResourceSet().getURIConverter()
				: URIConverter.INSTANCE;
		if (!converter.exists(uri, null)) {
			return NONE;
		}
		try (InputStream in = converter.createInputStream(uri)) {
			return parse(in, uri.toString());
		} catch (IOException e) {
			throw new IllegalStateException(uri + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** Reads a layout; a line it does not understand is an error naming the file and the line. */
	public static FormLayout parse(InputStream in, String name) throws IOException {
		Map<String, Group> groups = new HashMap<>();
		Map<String, String> prompts = new HashMap<>();
		Set<String> hidden = new HashSet<>();
		Set<String> noteRows = new HashSet<>();
		Map<String, String> headings = new HashMap<>();
		Set<String> valueNotes = new HashSet<>();
		Set<String> flags = new HashSet<>();
		Map<String, String> labels = new HashMap<>();
		Map<String, String> subRows = new HashMap<>();
		Map<String, Group> inlines = new HashMap<>();
		Map<String, Group> besides = new HashMap<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			line = line.strip();
			if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			int space = line.indexOf(' ');
			String directive = space < 0 ? line : line.substring(0, space);
			String rest = space < 0 ? "" : line.substring(space + 1).strip(); //$NON-NLS-1$
			switch (directive) {
			case "group", "inline", "beside" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				int eq = rest.indexOf('=');
				if (eq < 0) {
					throw new IOException(name + ":" + number + ": group without '= label': " + line); //$NON-NLS-1$ //$NON-NLS-2$
				}
				List<String> rows = List.of(rest.substring(0, eq).strip().split("\\s+")); //$NON-NLS-1$
				String text = rest.substring(eq + 1).strip();
				int bar = text.indexOf('|');
				Group group = new Group(bar < 0 ? text : text.substring(0, bar).strip(),
						bar < 0 ? null : text.substring(bar + 1).strip(), rows);
				Map<String, Group> target = switch (directive) {
				case "group" -> groups; //$NON-NLS-1$
				case "inline" -> inlines; //$NON-NLS-1$
				default -> besides;
				};
				rows.forEach(r -> target.put(r, group));
			}
			case "prompt", "heading", "label", "subRow" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				int eq = rest.indexOf('=');
				if (eq < 0) {
					throw new IOException(name + ":" + number + ": " + directive + " without '= text': " + line); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				Map<String, String> target = switch (directive) {
				case "prompt" -> prompts; //$NON-NLS-1$
				case "heading" -> headings; //$NON-NLS-1$
				case "label" -> labels; //$NON-NLS-1$
				default -> subRows;
				};
				target.put(rest.substring(0, eq).strip(), rest.substring(eq + 1).strip());
			}
			case "valueNote" -> valueNotes.addAll(List.of(rest.split("\\s+"))); //$NON-NLS-1$ //$NON-NLS-2$
			case "flag" -> { //$NON-NLS-1$
				String[] parts = rest.split("\\s+"); //$NON-NLS-1$
				if (parts.length != 2) {
					throw new IOException(name + ":" + number + ": flag wants a section and a switch: " + line); //$NON-NLS-1$ //$NON-NLS-2$
				}
				flags.add(parts[0] + ":" + parts[1]); //$NON-NLS-1$
			}
			case "hide" -> hidden.addAll(List.of(rest.split("\\s+"))); //$NON-NLS-1$ //$NON-NLS-2$
			case "noteRow" -> noteRows.addAll(List.of(rest.split("\\s+"))); //$NON-NLS-1$ //$NON-NLS-2$
			default -> throw new IOException(name + ":" + number + ": unknown directive '" + directive + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return new FormLayout(Collections.unmodifiableMap(groups), Collections.unmodifiableMap(prompts),
				Collections.unmodifiableSet(hidden), Collections.unmodifiableSet(noteRows), Collections.unmodifiableMap(headings),
				Collections.unmodifiableSet(valueNotes), Collections.unmodifiableSet(flags), Collections.unmodifiableMap(labels),
				Collections.unmodifiableMap(subRows), Collections.unmodifiableMap(inlines), Collections.unmodifiableMap(besides));
	}

	static String name(FormRow row) {
		return row.getFeature() == null ? "" : row.getFeature().getName(); //$NON-NLS-1$
	}

	private static String qualified(FormRow row) {
		return row.eContainer() instanceof FormSection section ? section.getNumber() + ":" + name(row) : name(row); //$NON-NLS-1$
	}

	private static <T> T get(Map<String, T> map, FormRow row) {
		T value = map.get(qualified(row));
		return value != null ? value : map.get(name(row));
	}

	private static boolean has(Set<String> set, FormRow row) {
		return set.contains(qualified(row)) || set.contains(name(row));
	}

	/** The form's wording of the row: the edition's label unless this form words it otherwise. */
	public String label(FormRow row) {
		String label = get(labels, row);
		return label != null ? label : row.getLabel();
	}

	/** A wording this form gives by key ({@code label plan:OUTPUT_AVERAGE_GROWTH = 集群产值年均增速}), or null. */
	public String text(String key) {
		return labels.get(key);
	}

	/** The unit the form prints in the row's value cell after the figure ({@code label unit:FEATURE = 个}), or null. */
	public String unit(FormRow row) {
		String unit = labels.get("unit:" + qualified(row)); //$NON-NLS-1$
		return unit != null ? unit : labels.get("unit:" + name(row)); //$NON-NLS-1$
	}

	/** The text of the row as a sub-row of the merged label above it, or null when it is a row of its own. */
	public String subRow(FormRow row) {
		return get(subRows, row);
	}

	/** The label whose one value cell holds this row as a line, or null. */
	public Group inline(FormRow row) {
		return get(inlines, row);
	}

	/** The pair of rows the form prints in one line (the row and the one beside it), or null. */
	public Group beside(FormRow row) {
		return get(besides, row);
	}

	/** The group the row belongs to, or null. */
	public Group group(FormRow row) {
		return get(groups, row);
	}

	/** The text the form prints at the top of the row's value cell, or null. */
	public String prompt(FormRow row) {
		return get(prompts, row);
	}

	/** The heading the form prints before the row, or null. */
	public String heading(FormRow row) {
		return get(headings, row);
	}

	/** A heading this form gives by key ({@code heading plan:goals = （2） 发展目标}), or null. */
	public String heading(String key) {
		return headings.get(key);
	}

	/** Whether the form has no row for this one (it is captured for the attachments, not printed in the tables). */
	public boolean hidden(FormRow row) {
		return has(hidden, row);
	}

	/** Whether the form prints the row as a note line inside the group above it (its note, then the value). */
	public boolean noteRow(FormRow row) {
		return has(noteRows, row);
	}

	/** Whether the form prints the row's note in the value cell, after the value. */
	public boolean valueNote(FormRow row) {
		return has(valueNotes, row);
	}

	/** Whether a switch is set for the section ({@code noGrowth}, {@code evidencePages}). */
	public boolean flag(FormSection section, String name) {
		return flags.contains(section.getNumber() + ":" + name); //$NON-NLS-1$
	}

	/** The rows of a section the form prints, in order. */
	public List<FormRow> printed(FormSection section) {
		List<FormRow> rows = new ArrayList<>();
		for (FormRow row : section.getRows()) {
			if (!hidden(row)) {
				rows.add(row);
			}
		}
		return rows;
	}
}
