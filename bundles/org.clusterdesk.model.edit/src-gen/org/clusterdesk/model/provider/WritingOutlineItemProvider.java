/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.WritingOutline;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.clusterdesk.model.WritingOutline} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class WritingOutlineItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WritingOutlineItemProvider(AdapterFactory adapterFactory) {
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

			addBasicInformationPropertyDescriptor(object);
			addDevelopmentLevelPropertyDescriptor(object);
			addAboveScaleEnterprisesPropertyDescriptor(object);
			addChainStrengtheningPropertyDescriptor(object);
			addResourceCollaborationPropertyDescriptor(object);
			addQualityBrandPropertyDescriptor(object);
			addCollaborativeInnovationPropertyDescriptor(object);
			addIntelligentTransformationPropertyDescriptor(object);
			addDigitalServicesPropertyDescriptor(object);
			addGreenLowCarbonPropertyDescriptor(object);
			addInternationalCooperationPropertyDescriptor(object);
			addDevelopmentEnvironmentPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Basic Information feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBasicInformationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WritingOutline_basicInformation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WritingOutline_basicInformation_feature", "_UI_WritingOutline_type"),
				 ClusterDeskPackage.Literals.WRITING_OUTLINE__BASIC_INFORMATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Development Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDevelopmentLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WritingOutline_developmentLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WritingOutline_developmentLevel_feature", "_UI_WritingOutline_type"),
				 ClusterDeskPackage.Literals.WRITING_OUTLINE__DEVELOPMENT_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Above Scale Enterprises feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAboveScaleEnterprisesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WritingOutline_aboveScaleEnterprises_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WritingOutline_aboveScaleEnterprises_feature", "_UI_WritingOutline_type"),
				 ClusterDeskPackage.Literals.WRITING_OUTLINE__ABOVE_SCALE_ENTERPRISES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Chain Strengthening feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChainStrengtheningPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WritingOutline_chainStrengthening_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WritingOutline_chainStrengthening_feature", "_UI_WritingOutline_type"),
				 ClusterDeskPackage.Literals.WRITING_OUTLINE__CHAIN_STRENGTHENING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resource Collaboration feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResourceCollaborationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WritingOutline_resourceCollaboration_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WritingOutline_resourceCollaboration_feature", "_UI_WritingOutline_type"),
				 ClusterDeskPackage.Literals.WRITING_OUTLINE__RESOURCE_COLLABORATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Quality Brand feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQualityBrandPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WritingOutline_qualityBrand_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WritingOutline_qualityBrand_feature", "_UI_WritingOutline_type"),
				 ClusterDeskPackage.Literals.WRITING_OUTLINE__QUALITY_BRAND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Collaborative Innovation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCollaborativeInnovationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WritingOutline_collaborativeInnovation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WritingOutline_collaborativeInnovation_feature", "_UI_WritingOutline_type"),
				 ClusterDeskPackage.Literals.WRITING_OUTLINE__COLLABORATIVE_INNOVATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Intelligent Transformation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIntelligentTransformationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WritingOutline_intelligentTransformation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WritingOutline_intelligentTransformation_feature", "_UI_WritingOutline_type"),
				 ClusterDeskPackage.Literals.WRITING_OUTLINE__INTELLIGENT_TRANSFORMATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Digital Services feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDigitalServicesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WritingOutline_digitalServices_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WritingOutline_digitalServices_feature", "_UI_WritingOutline_type"),
				 ClusterDeskPackage.Literals.WRITING_OUTLINE__DIGITAL_SERVICES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Green Low Carbon feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGreenLowCarbonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WritingOutline_greenLowCarbon_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WritingOutline_greenLowCarbon_feature", "_UI_WritingOutline_type"),
				 ClusterDeskPackage.Literals.WRITING_OUTLINE__GREEN_LOW_CARBON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the International Cooperation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInternationalCooperationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WritingOutline_internationalCooperation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WritingOutline_internationalCooperation_feature", "_UI_WritingOutline_type"),
				 ClusterDeskPackage.Literals.WRITING_OUTLINE__INTERNATIONAL_COOPERATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Development Environment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDevelopmentEnvironmentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WritingOutline_developmentEnvironment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WritingOutline_developmentEnvironment_feature", "_UI_WritingOutline_type"),
				 ClusterDeskPackage.Literals.WRITING_OUTLINE__DEVELOPMENT_ENVIRONMENT,
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
			childrenFeatures.add(ClusterDeskPackage.Literals.WRITING_OUTLINE__ABOVE_SCALE_EVIDENCE);
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
	 * This returns WritingOutline.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/WritingOutline"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((WritingOutline)object).getBasicInformation();
		return label == null || label.length() == 0 ?
			getString("_UI_WritingOutline_type") :
			getString("_UI_WritingOutline_type") + " " + label;
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

		switch (notification.getFeatureID(WritingOutline.class)) {
			case ClusterDeskPackage.WRITING_OUTLINE__BASIC_INFORMATION:
			case ClusterDeskPackage.WRITING_OUTLINE__DEVELOPMENT_LEVEL:
			case ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_ENTERPRISES:
			case ClusterDeskPackage.WRITING_OUTLINE__CHAIN_STRENGTHENING:
			case ClusterDeskPackage.WRITING_OUTLINE__RESOURCE_COLLABORATION:
			case ClusterDeskPackage.WRITING_OUTLINE__QUALITY_BRAND:
			case ClusterDeskPackage.WRITING_OUTLINE__COLLABORATIVE_INNOVATION:
			case ClusterDeskPackage.WRITING_OUTLINE__INTELLIGENT_TRANSFORMATION:
			case ClusterDeskPackage.WRITING_OUTLINE__DIGITAL_SERVICES:
			case ClusterDeskPackage.WRITING_OUTLINE__GREEN_LOW_CARBON:
			case ClusterDeskPackage.WRITING_OUTLINE__INTERNATIONAL_COOPERATION:
			case ClusterDeskPackage.WRITING_OUTLINE__DEVELOPMENT_ENVIRONMENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.WRITING_OUTLINE__ABOVE_SCALE_EVIDENCE:
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
				(ClusterDeskPackage.Literals.WRITING_OUTLINE__ABOVE_SCALE_EVIDENCE,
				 ClusterDeskFactory.eINSTANCE.createEvidenceRef()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ClusterDeskEditPlugin.INSTANCE;
	}

}
