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
import org.clusterdesk.model.DigitalSection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.clusterdesk.model.DigitalSection} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class DigitalSectionItemProvider extends EvidenceHolderItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DigitalSectionItemProvider(AdapterFactory adapterFactory) {
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

			addIdentifierRatioPropertyDescriptor(object);
			addSoftwareRateRisingPropertyDescriptor(object);
			addServiceNarrativePropertyDescriptor(object);
			addServiceWorksPropertyDescriptor(object);
			addNewModelNarrativePropertyDescriptor(object);
			addNewModelWorksPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Identifier Ratio feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdentifierRatioPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DigitalSection_identifierRatio_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DigitalSection_identifierRatio_feature", "_UI_DigitalSection_type"),
				 ClusterDeskPackage.Literals.DIGITAL_SECTION__IDENTIFIER_RATIO,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Software Rate Rising feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSoftwareRateRisingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DigitalSection_softwareRateRising_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DigitalSection_softwareRateRising_feature", "_UI_DigitalSection_type"),
				 ClusterDeskPackage.Literals.DIGITAL_SECTION__SOFTWARE_RATE_RISING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Service Narrative feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServiceNarrativePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DigitalSection_serviceNarrative_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DigitalSection_serviceNarrative_feature", "_UI_DigitalSection_type"),
				 ClusterDeskPackage.Literals.DIGITAL_SECTION__SERVICE_NARRATIVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Service Works feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServiceWorksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DigitalSection_serviceWorks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DigitalSection_serviceWorks_feature", "_UI_DigitalSection_type"),
				 ClusterDeskPackage.Literals.DIGITAL_SECTION__SERVICE_WORKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the New Model Narrative feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNewModelNarrativePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DigitalSection_newModelNarrative_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DigitalSection_newModelNarrative_feature", "_UI_DigitalSection_type"),
				 ClusterDeskPackage.Literals.DIGITAL_SECTION__NEW_MODEL_NARRATIVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the New Model Works feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNewModelWorksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DigitalSection_newModelWorks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DigitalSection_newModelWorks_feature", "_UI_DigitalSection_type"),
				 ClusterDeskPackage.Literals.DIGITAL_SECTION__NEW_MODEL_WORKS,
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
			childrenFeatures.add(ClusterDeskPackage.Literals.DIGITAL_SECTION__CLOUD_SMES);
			childrenFeatures.add(ClusterDeskPackage.Literals.DIGITAL_SECTION__CLOUD_RATIO);
			childrenFeatures.add(ClusterDeskPackage.Literals.DIGITAL_SECTION__IIOT_SMES);
			childrenFeatures.add(ClusterDeskPackage.Literals.DIGITAL_SECTION__IIOT_PENETRATION);
			childrenFeatures.add(ClusterDeskPackage.Literals.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE);
			childrenFeatures.add(ClusterDeskPackage.Literals.DIGITAL_SECTION__SOFTWARE_PURCHASES);
			childrenFeatures.add(ClusterDeskPackage.Literals.DIGITAL_SECTION__NATIONAL_PILOTS);
			childrenFeatures.add(ClusterDeskPackage.Literals.DIGITAL_SECTION__PROVINCIAL_PILOTS);
			childrenFeatures.add(ClusterDeskPackage.Literals.DIGITAL_SECTION__OTHER_PILOTS);
			childrenFeatures.add(ClusterDeskPackage.Literals.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS);
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
	 * This returns DigitalSection.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/DigitalSection"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		BigDecimal labelValue = ((DigitalSection)object).getIdentifierRatio();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_DigitalSection_type") :
			getString("_UI_DigitalSection_type") + " " + label;
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

		switch (notification.getFeatureID(DigitalSection.class)) {
			case ClusterDeskPackage.DIGITAL_SECTION__IDENTIFIER_RATIO:
			case ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_RATE_RISING:
			case ClusterDeskPackage.DIGITAL_SECTION__SERVICE_NARRATIVE:
			case ClusterDeskPackage.DIGITAL_SECTION__SERVICE_WORKS:
			case ClusterDeskPackage.DIGITAL_SECTION__NEW_MODEL_NARRATIVE:
			case ClusterDeskPackage.DIGITAL_SECTION__NEW_MODEL_WORKS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.DIGITAL_SECTION__CLOUD_SMES:
			case ClusterDeskPackage.DIGITAL_SECTION__CLOUD_RATIO:
			case ClusterDeskPackage.DIGITAL_SECTION__IIOT_SMES:
			case ClusterDeskPackage.DIGITAL_SECTION__IIOT_PENETRATION:
			case ClusterDeskPackage.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE:
			case ClusterDeskPackage.DIGITAL_SECTION__SOFTWARE_PURCHASES:
			case ClusterDeskPackage.DIGITAL_SECTION__NATIONAL_PILOTS:
			case ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_PILOTS:
			case ClusterDeskPackage.DIGITAL_SECTION__OTHER_PILOTS:
			case ClusterDeskPackage.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS:
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
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__CLOUD_SMES,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__CLOUD_SMES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__CLOUD_RATIO,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__CLOUD_RATIO,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__CLOUD_RATIO,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__IIOT_SMES,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__IIOT_SMES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__IIOT_PENETRATION,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__IIOT_PENETRATION,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__IIOT_PENETRATION,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__SOFTWARE_PURCHASES,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__SOFTWARE_PURCHASES,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__SOFTWARE_PURCHASES,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__NATIONAL_PILOTS,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__PROVINCIAL_PILOTS,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__OTHER_PILOTS,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));
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
			childFeature == ClusterDeskPackage.Literals.DIGITAL_SECTION__CLOUD_SMES ||
			childFeature == ClusterDeskPackage.Literals.DIGITAL_SECTION__IIOT_SMES ||
			childFeature == ClusterDeskPackage.Literals.DIGITAL_SECTION__CLOUD_RATIO ||
			childFeature == ClusterDeskPackage.Literals.DIGITAL_SECTION__IIOT_PENETRATION ||
			childFeature == ClusterDeskPackage.Literals.DIGITAL_SECTION__DIGITAL_RD_TOOL_RATE ||
			childFeature == ClusterDeskPackage.Literals.DIGITAL_SECTION__SOFTWARE_PURCHASES ||
			childFeature == ClusterDeskPackage.Literals.DIGITAL_SECTION__NATIONAL_PILOTS ||
			childFeature == ClusterDeskPackage.Literals.DIGITAL_SECTION__PROVINCIAL_PILOTS ||
			childFeature == ClusterDeskPackage.Literals.DIGITAL_SECTION__OTHER_PILOTS ||
			childFeature == ClusterDeskPackage.Literals.DIGITAL_SECTION__PROVINCIAL_OR_ABOVE_PILOTS;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
