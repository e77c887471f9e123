/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.math.BigDecimal;

import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.BasicInfoSection;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.clusterdesk.model.BasicInfoSection} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class BasicInfoSectionItemProvider extends EvidenceHolderItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BasicInfoSectionItemProvider(AdapterFactory adapterFactory) {
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

			addAreaPropertyDescriptor(object);
			addIndustryTypePropertyDescriptor(object);
			addProhibitedIndustryPropertyDescriptor(object);
			addEnergyEfficiencyPropertyDescriptor(object);
			addWaterEfficiencyPropertyDescriptor(object);
			addProvinciallyRecognisedPropertyDescriptor(object);
			addKeyChainMemberPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Area feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAreaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BasicInfoSection_area_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BasicInfoSection_area_feature", "_UI_BasicInfoSection_type"),
				 ClusterDeskPackage.Literals.BASIC_INFO_SECTION__AREA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Industry Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIndustryTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BasicInfoSection_industryType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BasicInfoSection_industryType_feature", "_UI_BasicInfoSection_type"),
				 ClusterDeskPackage.Literals.BASIC_INFO_SECTION__INDUSTRY_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Prohibited Industry feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProhibitedIndustryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BasicInfoSection_prohibitedIndustry_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BasicInfoSection_prohibitedIndustry_feature", "_UI_BasicInfoSection_type"),
				 ClusterDeskPackage.Literals.BASIC_INFO_SECTION__PROHIBITED_INDUSTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Energy Efficiency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnergyEfficiencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BasicInfoSection_energyEfficiency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BasicInfoSection_energyEfficiency_feature", "_UI_BasicInfoSection_type"),
				 ClusterDeskPackage.Literals.BASIC_INFO_SECTION__ENERGY_EFFICIENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Water Efficiency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWaterEfficiencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BasicInfoSection_waterEfficiency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BasicInfoSection_waterEfficiency_feature", "_UI_BasicInfoSection_type"),
				 ClusterDeskPackage.Literals.BASIC_INFO_SECTION__WATER_EFFICIENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Provincially Recognised feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProvinciallyRecognisedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BasicInfoSection_provinciallyRecognised_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BasicInfoSection_provinciallyRecognised_feature", "_UI_BasicInfoSection_type"),
				 ClusterDeskPackage.Literals.BASIC_INFO_SECTION__PROVINCIALLY_RECOGNISED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Key Chain Member feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKeyChainMemberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BasicInfoSection_keyChainMember_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BasicInfoSection_keyChainMember_feature", "_UI_BasicInfoSection_type"),
				 ClusterDeskPackage.Literals.BASIC_INFO_SECTION__KEY_CHAIN_MEMBER,
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
			childrenFeatures.add(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__DEPARTMENT);
			childrenFeatures.add(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__OPERATOR);
			childrenFeatures.add(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__OPERATOR_CHANGED);
			childrenFeatures.add(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__ACCIDENTS);
			childrenFeatures.add(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__VIOLATIONS);
			childrenFeatures.add(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__KEY_CHAIN_EVIDENCE);
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
	 * This returns BasicInfoSection.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/BasicInfoSection"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		BigDecimal labelValue = ((BasicInfoSection)object).getArea();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_BasicInfoSection_type") :
			getString("_UI_BasicInfoSection_type") + " " + label;
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

		switch (notification.getFeatureID(BasicInfoSection.class)) {
			case ClusterDeskPackage.BASIC_INFO_SECTION__AREA:
			case ClusterDeskPackage.BASIC_INFO_SECTION__INDUSTRY_TYPE:
			case ClusterDeskPackage.BASIC_INFO_SECTION__PROHIBITED_INDUSTRY:
			case ClusterDeskPackage.BASIC_INFO_SECTION__ENERGY_EFFICIENCY:
			case ClusterDeskPackage.BASIC_INFO_SECTION__WATER_EFFICIENCY:
			case ClusterDeskPackage.BASIC_INFO_SECTION__PROVINCIALLY_RECOGNISED:
			case ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_MEMBER:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.BASIC_INFO_SECTION__DEPARTMENT:
			case ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR:
			case ClusterDeskPackage.BASIC_INFO_SECTION__OPERATOR_CHANGED:
			case ClusterDeskPackage.BASIC_INFO_SECTION__ACCIDENTS:
			case ClusterDeskPackage.BASIC_INFO_SECTION__VIOLATIONS:
			case ClusterDeskPackage.BASIC_INFO_SECTION__KEY_CHAIN_EVIDENCE:
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
				(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__DEPARTMENT,
				 ClusterDeskFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__OPERATOR,
				 ClusterDeskFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__OPERATOR_CHANGED,
				 ClusterDeskFactory.eINSTANCE.createExplainedAnswer()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__ACCIDENTS,
				 ClusterDeskFactory.eINSTANCE.createExplainedAnswer()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__VIOLATIONS,
				 ClusterDeskFactory.eINSTANCE.createExplainedAnswer()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__KEY_CHAIN_EVIDENCE,
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
			childFeature == ClusterDeskPackage.Literals.BASIC_INFO_SECTION__DEPARTMENT ||
			childFeature == ClusterDeskPackage.Literals.BASIC_INFO_SECTION__OPERATOR ||
			childFeature == ClusterDeskPackage.Literals.BASIC_INFO_SECTION__OPERATOR_CHANGED ||
			childFeature == ClusterDeskPackage.Literals.BASIC_INFO_SECTION__ACCIDENTS ||
			childFeature == ClusterDeskPackage.Literals.BASIC_INFO_SECTION__VIOLATIONS;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
