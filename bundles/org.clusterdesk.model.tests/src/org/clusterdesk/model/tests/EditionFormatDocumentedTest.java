/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.forms.FormLayout;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The modellers' guide (model/EDITIONS.md, shipped in the SDK feature's bundle org.clusterdesk.metamodel) documents
 * every key the edition reader accepts (every feature of Edition and the classes an edition file contains, every
 * literal of their enums) and every layout directive, switch and keyed text the shipped layouts use; each documented
 * directive is one the layout reader accepts.
 */
class EditionFormatDocumentedTest {

	private static final List<EClass> EDITION_CLASSES = List.of(Literals.EDITION, Literals.RECOGNITION_CRITERIA,
			Literals.PLAN_RULES, Literals.FORM_SECTION, Literals.FORM_ROW);

	private static String guide() throws IOException {
		String folder = System.getProperty("clusterdesk.metamodel");
		assertNotNull(folder, "system property clusterdesk.metamodel (the model/ folder)");
		return Files.readString(Path.of(folder, "EDITIONS.md"), StandardCharsets.UTF_8);
	}

	/** The code words of the guide: everything between backticks. */
	private static Set<String> codeWords(String guide) {
		Set<String> words = new LinkedHashSet<>();
		Matcher m = Pattern.compile("`([^`\\n]+)`").matcher(guide);
		while (m.find()) {
			words.add(m.group(1));
		}
		return words;
	}

	@Test
	void everyKeyOfAnEditionFileIsDocumented() throws IOException {
		Set<String> words = codeWords(guide());
		List<String> missing = new ArrayList<>();
		Set<EEnum> enums = new LinkedHashSet<>();
		for (EClass eClass : EDITION_CLASSES) {
			for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
				if (feature.isTransient() || feature.isDerived()) {
					continue;
				}
				if (!words.contains(feature.getName())) {
					missing.add(eClass.getName() + "." + feature.getName());
				}
				if (feature.getEType() instanceof EEnum eEnum) {
					enums.add(eEnum);
				}
			}
		}
		assertFalse(enums.isEmpty(), "the edition classes have choice keys");
		for (EEnum eEnum : enums) {
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				String documented = "`" + literal.getLiteral() + "`";
				if (!guide().contains(documented)) {
					missing.add(eEnum.getName() + "." + literal.getLiteral());
				}
			}
		}
		assertTrue(missing.isEmpty(), "keys of the edition format missing from model/EDITIONS.md: " + missing);
	}

	/** The directives of the guide's layout table: its rows start with | `directive` | `directive …` |. */
	private static Set<String> documentedDirectives(String guide) {
		Set<String> directives = new LinkedHashSet<>();
		Matcher m = Pattern.compile("(?m)^\\| `(\\w+)` \\| `\\1[ `]").matcher(guide);
		while (m.find()) {
			directives.add(m.group(1));
		}
		return directives;
	}

	@Test
	void everyDocumentedDirectiveIsOneTheLayoutReaderAccepts() throws IOException {
		Set<String> directives = documentedDirectives(guide());
		assertTrue(directives.size() >= 11, "the guide's directive table: " + directives);
		for (String directive : directives) {
			String line = switch (directive) {
			case "flag" -> "flag 二 noGrowth";
			case "hide", "noteRow", "valueNote" -> directive + " totalOutput";
			default -> directive + " totalOutput fdi = 文字 | 注";
			};
			assertDoesNotThrow(() -> FormLayout.parse(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "doc"),
					"documented directive " + directive);
		}
		IOException unknown = assertThrows(IOException.class,
				() -> FormLayout.parse(new ByteArrayInputStream("merge a b".getBytes(StandardCharsets.UTF_8)), "x.layout"));
		assertTrue(unknown.getMessage().contains("x.layout:1"), unknown.getMessage());
	}

	@Test
	void everyDirectiveSwitchAndTextTheShippedLayoutsUseIsDocumented() throws IOException {
		String guide = guide();
		Set<String> directives = documentedDirectives(guide);
		Set<String> words = codeWords(guide);
		Bundle model = Platform.getBundle("org.clusterdesk.model");
		assertNotNull(model);
		List<URL> layouts = Collections.list(model.findEntries("editions", "*.layout", false));
		assertTrue(layouts.size() >= 6, "the shipped layouts: " + layouts);
		List<String> missing = new ArrayList<>();
		for (URL url : layouts) {
			try (InputStream in = url.openStream();
					BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					line = line.strip();
					if (line.isEmpty() || line.startsWith("#")) {
						continue;
					}
					String[] parts = line.split("\\s+");
					String where = url.getPath() + ": " + line;
					if (!directives.contains(parts[0])) {
						missing.add("directive " + where);
					} else if (parts[0].equals("flag")) {
						String documented = parts[2].replaceFirst(":.*", ":FEATURE");
						if (!words.contains(documented)) {
							missing.add("switch " + where);
						}
					} else if (parts[0].equals("label") && parts[1].matches("[a-z]+:.*")) {
						String key = parts[1];
						String documented = key.equals("cover:mark") ? key
								: key.startsWith("header:") ? "header:SECTION" : key.startsWith("plan:") ? "plan:INDICATOR"
								: key.startsWith("commitment:") ? "commitment:N" : key.startsWith("unit:") ? "unit:FEATURE" : key;
						// a section-qualified row name (五:background) is a row, documented as <section number>:<feature>
						if (!words.contains(documented) && !key.matches("[^a-z:]+:\\w+")) {
							missing.add("keyed text " + where);
						}
					}
				}
			}
		}
		assertTrue(missing.isEmpty(), "used in the shipped layouts but not documented in model/EDITIONS.md: " + missing);
	}
}
