/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.math.BigDecimal;

import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.IndustrySection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.clusterdesk.model.IndustrySection} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class IndustrySectionItemProvider extends EvidenceHolderItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndustrySectionItemProvider(AdapterFactory adapterFactory) {
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

			addLeadingIndustryAverageGrowthPropertyDescriptor(object);
			addChainNarrativePropertyDescriptor(object);
			addChainWorksPropertyDescriptor(object);
			addResourceNarrativePropertyDescriptor(object);
			addResourceWorksPropertyDescriptor(object);
			addQualityNarrativePropertyDescriptor(object);
			addQualityWorksPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Leading Industry Average Growth feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeadingIndustryAverageGrowthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IndustrySection_leadingIndustryAverageGrowth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IndustrySection_leadingIndustryAverageGrowth_feature", "_UI_IndustrySection_type"),
				 ClusterDeskPackage.Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Chain Narrative feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChainNarrativePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IndustrySection_chainNarrative_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IndustrySection_chainNarrative_feature", "_UI_IndustrySection_type"),
				 ClusterDeskPackage.Literals.INDUSTRY_SECTION__CHAIN_NARRATIVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Chain Works feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChainWorksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IndustrySection_chainWorks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IndustrySection_chainWorks_feature", "_UI_IndustrySection_type"),
				 ClusterDeskPackage.Literals.INDUSTRY_SECTION__CHAIN_WORKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resource Narrative feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResourceNarrativePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IndustrySection_resourceNarrative_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IndustrySection_resourceNarrative_feature", "_UI_IndustrySection_type"),
				 ClusterDeskPackage.Literals.INDUSTRY_SECTION__RESOURCE_NARRATIVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resource Works feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResourceWorksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IndustrySection_resourceWorks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IndustrySection_resourceWorks_feature", "_UI_IndustrySection_type"),
				 ClusterDeskPackage.Literals.INDUSTRY_SECTION__RESOURCE_WORKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Quality Narrative feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQualityNarrativePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IndustrySection_qualityNarrative_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IndustrySection_qualityNarrative_feature", "_UI_IndustrySection_type"),
				 ClusterDeskPackage.Literals.INDUSTRY_SECTION__QUALITY_NARRATIVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Quality Works feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQualityWorksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IndustrySection_qualityWorks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IndustrySection_qualityWorks_feature", "_UI_IndustrySection_type"),
				 ClusterDeskPackage.Literals.INDUSTRY_SECTION__QUALITY_WORKS,
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
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__TOTAL_OUTPUT);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__COUNTY_SHARE);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SME_OUTPUT_SHARE);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__ENTERPRISES);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SMES);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SPECIALISED_SMES);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LITTLE_GIANTS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SINGLE_CHAMPIONS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__INNOVATIVE_SMES);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LISTED_SMES);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__PRE_LISTING_SMES);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__QUALIFIED_SME_LISTS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI_GROWTH);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORTS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORT_GROWTH);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR);
			childrenFeatures.add(ClusterDeskPackage.Literals.INDUSTRY_SECTION__HONOURS);
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
	 * This returns IndustrySection.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/IndustrySection"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		BigDecimal labelValue = ((IndustrySection)object).getLeadingIndustryAverageGrowth();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_IndustrySection_type") :
			getString("_UI_IndustrySection_type") + " " + label;
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

		switch (notification.getFeatureID(IndustrySection.class)) {
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH:
			case ClusterDeskPackage.INDUSTRY_SECTION__CHAIN_NARRATIVE:
			case ClusterDeskPackage.INDUSTRY_SECTION__CHAIN_WORKS:
			case ClusterDeskPackage.INDUSTRY_SECTION__RESOURCE_NARRATIVE:
			case ClusterDeskPackage.INDUSTRY_SECTION__RESOURCE_WORKS:
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALITY_NARRATIVE:
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALITY_WORKS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.INDUSTRY_SECTION__TOTAL_OUTPUT:
			case ClusterDeskPackage.INDUSTRY_SECTION__COUNTY_SHARE:
			case ClusterDeskPackage.INDUSTRY_SECTION__SME_OUTPUT_SHARE:
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE:
			case ClusterDeskPackage.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH:
			case ClusterDeskPackage.INDUSTRY_SECTION__ENTERPRISES:
			case ClusterDeskPackage.INDUSTRY_SECTION__SMES:
			case ClusterDeskPackage.INDUSTRY_SECTION__SPECIALISED_SMES:
			case ClusterDeskPackage.INDUSTRY_SECTION__LITTLE_GIANTS:
			case ClusterDeskPackage.INDUSTRY_SECTION__SINGLE_CHAMPIONS:
			case ClusterDeskPackage.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES:
			case ClusterDeskPackage.INDUSTRY_SECTION__INNOVATIVE_SMES:
			case ClusterDeskPackage.INDUSTRY_SECTION__LISTED_SMES:
			case ClusterDeskPackage.INDUSTRY_SECTION__PRE_LISTING_SMES:
			case ClusterDeskPackage.INDUSTRY_SECTION__QUALIFIED_SME_LISTS:
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI:
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI_GROWTH:
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORTS:
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_GROWTH:
			case ClusterDeskPackage.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR:
			case ClusterDeskPackage.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR:
			case ClusterDeskPackage.INDUSTRY_SECTION__HONOURS:
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
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__TOTAL_OUTPUT,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__TOTAL_OUTPUT,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__TOTAL_OUTPUT,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__COUNTY_SHARE,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__COUNTY_SHARE,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__COUNTY_SHARE,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SME_OUTPUT_SHARE,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SME_OUTPUT_SHARE,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SME_OUTPUT_SHARE,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__ENTERPRISES,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__ENTERPRISES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SMES,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SMES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SPECIALISED_SMES,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SPECIALISED_SMES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LITTLE_GIANTS,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LITTLE_GIANTS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SINGLE_CHAMPIONS,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__SINGLE_CHAMPIONS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__INNOVATIVE_SMES,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__INNOVATIVE_SMES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LISTED_SMES,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__LISTED_SMES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__PRE_LISTING_SMES,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__PRE_LISTING_SMES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__QUALIFIED_SME_LISTS,
				 ClusterDeskFactory.eINSTANCE.createQualifiedSmeList()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORTS,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORTS,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORTS,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORT_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORT_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORT_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INDUSTRY_SECTION__HONOURS,
				 ClusterDeskFactory.eINSTANCE.createHonour()));
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
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__TOTAL_OUTPUT ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__COUNTY_SHARE ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__SME_OUTPUT_SHARE ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_SHARE ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_GROWTH ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI_GROWTH ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORTS ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORT_GROWTH ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__ENTERPRISES ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__SMES ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__SPECIALISED_SMES ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__LITTLE_GIANTS ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__SINGLE_CHAMPIONS ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__INNOVATIVE_SMES ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__LISTED_SMES ||
			childFeature == ClusterDeskPackage.Literals.INDUSTRY_SECTION__PRE_LISTING_SMES;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
