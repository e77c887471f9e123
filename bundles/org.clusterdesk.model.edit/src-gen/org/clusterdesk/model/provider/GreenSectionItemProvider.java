/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.GreenSection;
import org.clusterdesk.model.YesNo;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.clusterdesk.model.GreenSection} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class GreenSectionItemProvider extends EvidenceHolderItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GreenSectionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addCarbonMonitoringPropertyDescriptor(object);
			addCo2FormulaPropertyDescriptor(object);
			addEnergyFormulaPropertyDescriptor(object);
			addCo2ReductionRatePropertyDescriptor(object);
			addEnergyReductionRatePropertyDescriptor(object);
			addSolidWasteUtilisationPropertyDescriptor(object);
			addSolidWasteAboveAveragePropertyDescriptor(object);
			addWaterReusePropertyDescriptor(object);
			addWaterReuseAboveAveragePropertyDescriptor(object);
			addGreenNarrativePropertyDescriptor(object);
			addGreenWorksPropertyDescriptor(object);
			addGreenFactoriesPropertyDescriptor(object);
			addGreenParksPropertyDescriptor(object);
			addGreenSupplyChainsPropertyDescriptor(object);
			addGreenDesignProductsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Carbon Monitoring feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCarbonMonitoringPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_carbonMonitoring_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_carbonMonitoring_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__CARBON_MONITORING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Co2 Formula feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCo2FormulaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_co2Formula_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_co2Formula_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__CO2_FORMULA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Energy Formula feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnergyFormulaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_energyFormula_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_energyFormula_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__ENERGY_FORMULA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Co2 Reduction Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCo2ReductionRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_co2ReductionRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_co2ReductionRate_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__CO2_REDUCTION_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Energy Reduction Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnergyReductionRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_energyReductionRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_energyReductionRate_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__ENERGY_REDUCTION_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Solid Waste Utilisation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSolidWasteUtilisationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_solidWasteUtilisation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_solidWasteUtilisation_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__SOLID_WASTE_UTILISATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Solid Waste Above Average feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSolidWasteAboveAveragePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_solidWasteAboveAverage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_solidWasteAboveAverage_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__SOLID_WASTE_ABOVE_AVERAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Water Reuse feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWaterReusePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_waterReuse_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_waterReuse_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__WATER_REUSE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Water Reuse Above Average feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWaterReuseAboveAveragePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_waterReuseAboveAverage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_waterReuseAboveAverage_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__WATER_REUSE_ABOVE_AVERAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Green Narrative feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGreenNarrativePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_greenNarrative_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_greenNarrative_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__GREEN_NARRATIVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Green Works feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGreenWorksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_greenWorks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_greenWorks_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__GREEN_WORKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Green Factories feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGreenFactoriesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_greenFactories_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_greenFactories_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__GREEN_FACTORIES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Green Parks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGreenParksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_greenParks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_greenParks_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__GREEN_PARKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Green Supply Chains feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGreenSupplyChainsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_greenSupplyChains_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_greenSupplyChains_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__GREEN_SUPPLY_CHAINS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Green Design Products feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGreenDesignProductsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GreenSection_greenDesignProducts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GreenSection_greenDesignProducts_feature", "_UI_GreenSection_type"),
				 ClusterDeskPackage.Literals.GREEN_SECTION__GREEN_DESIGN_PRODUCTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_SECTION__CARBON_MONITORING_EVIDENCE);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_SECTION__CO2_PER_OUTPUT);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_SECTION__ENERGY_PER_OUTPUT);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_SECTION__NATIONAL_GREEN_SYSTEM);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_SECTION__OTHER_GREEN_SYSTEM);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_SECTION__GREEN_COUNT_EVIDENCE);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns GreenSection.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/GreenSection"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		YesNo labelValue = ((GreenSection)object).getCarbonMonitoring();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_GreenSection_type") :
			getString("_UI_GreenSection_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(GreenSection.class)) {
			case ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING:
			case ClusterDeskPackage.GREEN_SECTION__CO2_FORMULA:
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_FORMULA:
			case ClusterDeskPackage.GREEN_SECTION__CO2_REDUCTION_RATE:
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_REDUCTION_RATE:
			case ClusterDeskPackage.GREEN_SECTION__SOLID_WASTE_UTILISATION:
			case ClusterDeskPackage.GREEN_SECTION__SOLID_WASTE_ABOVE_AVERAGE:
			case ClusterDeskPackage.GREEN_SECTION__WATER_REUSE:
			case ClusterDeskPackage.GREEN_SECTION__WATER_REUSE_ABOVE_AVERAGE:
			case ClusterDeskPackage.GREEN_SECTION__GREEN_NARRATIVE:
			case ClusterDeskPackage.GREEN_SECTION__GREEN_WORKS:
			case ClusterDeskPackage.GREEN_SECTION__GREEN_FACTORIES:
			case ClusterDeskPackage.GREEN_SECTION__GREEN_PARKS:
			case ClusterDeskPackage.GREEN_SECTION__GREEN_SUPPLY_CHAINS:
			case ClusterDeskPackage.GREEN_SECTION__GREEN_DESIGN_PRODUCTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.GREEN_SECTION__CARBON_MONITORING_EVIDENCE:
			case ClusterDeskPackage.GREEN_SECTION__CO2_PER_OUTPUT:
			case ClusterDeskPackage.GREEN_SECTION__ENERGY_PER_OUTPUT:
			case ClusterDeskPackage.GREEN_SECTION__NATIONAL_GREEN_SYSTEM:
			case ClusterDeskPackage.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM:
			case ClusterDeskPackage.GREEN_SECTION__OTHER_GREEN_SYSTEM:
			case ClusterDeskPackage.GREEN_SECTION__GREEN_COUNT_EVIDENCE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_SECTION__CARBON_MONITORING_EVIDENCE,
				 ClusterDeskFactory.eINSTANCE.createEvidenceRef()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_SECTION__CO2_PER_OUTPUT,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_SECTION__CO2_PER_OUTPUT,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_SECTION__CO2_PER_OUTPUT,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_SECTION__ENERGY_PER_OUTPUT,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_SECTION__ENERGY_PER_OUTPUT,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_SECTION__ENERGY_PER_OUTPUT,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_SECTION__NATIONAL_GREEN_SYSTEM,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_SECTION__OTHER_GREEN_SYSTEM,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_SECTION__GREEN_COUNT_EVIDENCE,
				 ClusterDeskFactory.eINSTANCE.createEvidenceRef()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == ClusterDeskPackage.Literals.GREEN_SECTION__CARBON_MONITORING_EVIDENCE ||
			childFeature == ClusterDeskPackage.Literals.GREEN_SECTION__GREEN_COUNT_EVIDENCE ||
			childFeature == ClusterDeskPackage.Literals.GREEN_SECTION__CO2_PER_OUTPUT ||
			childFeature == ClusterDeskPackage.Literals.GREEN_SECTION__ENERGY_PER_OUTPUT ||
			childFeature == ClusterDeskPackage.Literals.GREEN_SECTION__NATIONAL_GREEN_SYSTEM ||
			childFeature == ClusterDeskPackage.Literals.GREEN_SECTION__PROVINCIAL_GREEN_SYSTEM ||
			childFeature == ClusterDeskPackage.Literals.GREEN_SECTION__OTHER_GREEN_SYSTEM;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
