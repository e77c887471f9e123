/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterCategory;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormKind;
import org.clusterdesk.model.Region;
import org.clusterdesk.model.labels.ModelLabels;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The cluster's name and where it is: 所属地区 for an application (only the parts the edition's form asks), or
 * the 集群地域范围 and 申报类别 of a competition report. The name is checked against the edition's pattern as the
 * filer types (rule G13), as a warning: the file can still be created and fixed later.
 */
public class ClusterInfoPage extends WizardPage {

	/** The parts of 所属地区. */
	public enum RegionPart {
		PROVINCE, CITY, COUNTY
	}

	private final Supplier<Edition> edition;

	private Edition shownEdition;

	private Label nameLabel;

	private Text name;

	private Label nameHint;

	private Composite placeArea;

	private StackLayout placeStack;

	private Group regionGroup;

	private Label regionNote;

	private Text province;

	private Text city;

	private Text county;

	private Label provinceLabel;

	private Label cityLabel;

	private Label countyLabel;

	private Composite competitionArea;

	private Text scope;

	private Combo category;

	public ClusterInfoPage(Supplier<Edition> edition) {
		super("cluster"); //$NON-NLS-1$
		this.edition = edition;
		setTitle(Messages.ClusterInfoPage_title);
		setDescription(Messages.ClusterInfoPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);

		nameLabel = new Label(composite, SWT.NONE);
		nameLabel.setText(EditionTexts.featureLabel(Literals.CLUSTER_DOCUMENT__NAME) + '：');
		name = new Text(composite, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		new Label(composite, SWT.NONE);
		nameHint = new Label(composite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(nameHint);
		name.addModifyListener(e -> validate());

		placeArea = new Composite(composite, SWT.NONE);
		placeStack = new StackLayout();
		placeArea.setLayout(placeStack);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, 8).applyTo(placeArea);

		regionGroup = new Group(placeArea, SWT.NONE);
		regionGroup.setText(EditionTexts.featureLabel(Literals.APPLICATION__REGION));
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(regionGroup);
		regionNote = new Label(regionGroup, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(regionNote);
		provinceLabel = new Label(regionGroup, SWT.NONE);
		provinceLabel.setText(EditionTexts.featureLabel(Literals.REGION__PROVINCE) + '：');
		province = regionText();
		cityLabel = new Label(regionGroup, SWT.NONE);
		cityLabel.setText(EditionTexts.featureLabel(Literals.REGION__CITY) + '：');
		city = regionText();
		countyLabel = new Label(regionGroup, SWT.NONE);
		countyLabel.setText(EditionTexts.featureLabel(Literals.REGION__COUNTY) + '：');
		county = regionText();

		competitionArea = new Composite(placeArea, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(competitionArea);
		Label categoryLabel = new Label(competitionArea, SWT.NONE);
		categoryLabel.setText(EditionTexts.featureLabel(Literals.COMPETITION_REPORT__CATEGORY) + '：');
		category = new Combo(competitionArea, SWT.READ_ONLY | SWT.DROP_DOWN);
		// NONE is "no choice made", not an option: it shows as a prompt
		category.add(Messages.ClusterInfoPage_noCategory);
		for (ClusterCategory literal : ClusterCategory.VALUES) {
			if (literal != ClusterCategory.NONE) {
				category.add(ModelLabels.literal(literal));
			}
		}
		category.select(0);
		Label scopeLabel = new Label(competitionArea, SWT.NONE);
		scopeLabel.setText(EditionTexts.featureLabel(Literals.COMPETITION_REPORT__GEOGRAPHIC_SCOPE) + '：');
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(scopeLabel);
		scope = new Text(competitionArea, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(scope);

		alignLabels(nameLabel, categoryLabel, scopeLabel);
		alignLabels(provinceLabel, cityLabel, countyLabel);
		setControl(composite);
		showEdition();
	}

	/** Gives the labels one width, so that the fields beside them start at the same place. */
	private static void alignLabels(Label... labels) {
		int width = 0;
		for (Label label : labels) {
			width = Math.max(width, label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
		}
		for (Label label : labels) {
			GridData data = label.getLayoutData() instanceof GridData d ? d : new GridData();
			data.widthHint = width;
			label.setLayoutData(data);
		}
	}

	private Text regionText() {
		Text text = new Text(regionGroup, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			showEdition();
		}
		super.setVisible(visible);
		if (visible) {
			name.setFocus();
		}
	}

	/** Shows the fields of the edition chosen on the previous page. */
	private void showEdition() {
		Edition current = edition.get();
		if (current == null || current == shownEdition) {
			validate();
			return;
		}
		shownEdition = current;
		nameLabel.setText(EditionTexts.label(current, Literals.CLUSTER_DOCUMENT__NAME) + '：');
		nameHint.setText(current.getNamePatternHint() == null ? "" : NLS.bind(Messages.ClusterInfoPage_nameHint, current.getNamePatternHint())); //$NON-NLS-1$
		if (current.getKind() == FormKind.COMPETITION) {
			placeStack.topControl = competitionArea;
		} else {
			placeStack.topControl = regionGroup;
			String note = EditionTexts.regionNote(current);
			regionGroup.setText(EditionTexts.label(current, Literals.APPLICATION__REGION));
			regionNote.setText(note == null ? "" : NLS.bind(Messages.ClusterInfoPage_regionNote, note)); //$NON-NLS-1$
			RegionLayout layout = regionLayout(note);
			show(provinceLabel, province, layout.parts().contains(RegionPart.PROVINCE));
			show(cityLabel, city, layout.parts().contains(RegionPart.CITY));
			show(countyLabel, county, layout.parts().contains(RegionPart.COUNTY));
			if (layout.province() != null) {
				province.setText(layout.province());
			}
			regionGroup.layout(true, true);
		}
		placeArea.layout(true, true);
		((Composite) getControl()).layout(true, true);
		validate();
	}

	/** The parts of 所属地区 a form asks, and the province it prints already (北京市). */
	record RegionLayout(Set<RegionPart> parts, String province) {
	}

	/**
	 * Which parts of 所属地区 the form prints, read from its note: 省（区、市） 市（区） 县（市、区）, or a fixed province
	 * and a district as in 北京市XX区; all three when the note says something else.
	 */
	static RegionLayout regionLayout(String note) {
		if (note == null) {
			return new RegionLayout(EnumSet.allOf(RegionPart.class), null);
		}
		int placeholder = note.indexOf("XX"); //$NON-NLS-1$
		if (placeholder > 0) {
			// 北京市XX区: the province is printed, the district is filled in
			return new RegionLayout(EnumSet.of(RegionPart.PROVINCE, RegionPart.COUNTY), note.substring(0, placeholder).strip());
		}
		Set<RegionPart> parts = EnumSet.noneOf(RegionPart.class);
		for (String token : note.trim().split("\\s+")) { //$NON-NLS-1$
			if (token.startsWith("省")) { //$NON-NLS-1$
				parts.add(RegionPart.PROVINCE);
			} else if (token.startsWith("市")) { //$NON-NLS-1$
				parts.add(RegionPart.CITY);
			} else if (token.startsWith("县")) { //$NON-NLS-1$
				parts.add(RegionPart.COUNTY);
			}
		}
		return new RegionLayout(parts.isEmpty() ? EnumSet.allOf(RegionPart.class) : parts, null);
	}

	private static void show(Label label, Text text, boolean visible) {
		label.setVisible(visible);
		text.setVisible(visible);
		((GridData) text.getLayoutData()).exclude = !visible;
		if (label.getLayoutData() == null) {
			label.setLayoutData(new GridData());
		}
		((GridData) label.getLayoutData()).exclude = !visible;
		if (!visible) {
			text.setText(""); //$NON-NLS-1$
		}
	}

	private void validate() {
		if (name == null) {
			return;
		}
		String value = getClusterName();
		Edition current = edition.get();
		if (value.isEmpty()) {
			setErrorMessage(null);
			setMessage(Messages.ClusterInfoPage_enterName);
			setPageComplete(false);
			return;
		}
		setErrorMessage(null);
		setPageComplete(true);
		if (current != null && current.getNamePattern() != null && !matches(current.getNamePattern(), value)) {
			setMessage(NLS.bind(Messages.ClusterInfoPage_nameMismatch, current.getNamePatternHint()), IMessageProvider.WARNING);
		} else {
			setMessage(null);
		}
	}

	private static boolean matches(String pattern, String value) {
		try {
			return Pattern.compile(pattern).matcher(value).find();
		} catch (PatternSyntaxException e) {
			return true; // an edition with a broken pattern must not block the filer
		}
	}

	/** The name as entered, trimmed. */
	public String getClusterName() {
		return name == null ? "" : name.getText().strip(); //$NON-NLS-1$
	}

	/** Writes region or scope and category into a new document. */
	public void applyTo(ClusterDocument document) {
		if (document instanceof Application application) {
			Region region = application.getRegion();
			if (region == null) {
				region = ClusterDeskFactory.eINSTANCE.createRegion();
				application.setRegion(region);
			}
			region.setProvince(valueOf(province));
			region.setCity(valueOf(city));
			region.setCounty(valueOf(county));
		} else if (document instanceof CompetitionReport report) {
			report.setGeographicScope(valueOf(scope));
			int index = category.getSelectionIndex();
			if (index > 0) {
				report.setCategory(ClusterCategory.VALUES.stream().filter(c -> c != ClusterCategory.NONE).toList().get(index - 1));
			}
		}
	}

	private static String valueOf(Text text) {
		String value = text.getText().strip();
		return value.isEmpty() ? null : value;
	}

	public Text getNameText() {
		return name;
	}

	/** The text of one part of 所属地区. */
	public Text getRegionText(RegionPart part) {
		return switch (part) {
		case PROVINCE -> province;
		case CITY -> city;
		case COUNTY -> county;
		};
	}

	/** 集群地域范围 of a competition report. */
	public Text getScopeText() {
		return scope;
	}

	/** 申报类别 of a competition report; item 0 is "not chosen". */
	public Combo getCategoryCombo() {
		return category;
	}
}
