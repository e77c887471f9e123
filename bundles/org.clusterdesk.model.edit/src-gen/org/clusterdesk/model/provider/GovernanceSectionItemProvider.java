/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.GovernanceSection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.clusterdesk.model.GovernanceSection} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class GovernanceSectionItemProvider extends EvidenceHolderItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceSectionItemProvider(AdapterFactory adapterFactory) {
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

			addEnvironmentNarrativePropertyDescriptor(object);
			addGovernanceWorksPropertyDescriptor(object);
			addPlatformWorksPropertyDescriptor(object);
			addPublicServicesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Environment Narrative feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnvironmentNarrativePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceSection_environmentNarrative_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceSection_environmentNarrative_feature", "_UI_GovernanceSection_type"),
				 ClusterDeskPackage.Literals.GOVERNANCE_SECTION__ENVIRONMENT_NARRATIVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Governance Works feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGovernanceWorksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceSection_governanceWorks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceSection_governanceWorks_feature", "_UI_GovernanceSection_type"),
				 ClusterDeskPackage.Literals.GOVERNANCE_SECTION__GOVERNANCE_WORKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Platform Works feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlatformWorksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceSection_platformWorks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceSection_platformWorks_feature", "_UI_GovernanceSection_type"),
				 ClusterDeskPackage.Literals.GOVERNANCE_SECTION__PLATFORM_WORKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Public Services feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublicServicesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceSection_publicServices_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceSection_publicServices_feature", "_UI_GovernanceSection_type"),
				 ClusterDeskPackage.Literals.GOVERNANCE_SECTION__PUBLIC_SERVICES,
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
			childrenFeatures.add(ClusterDeskPackage.Literals.GOVERNANCE_SECTION__ALLIANCES);
			childrenFeatures.add(ClusterDeskPackage.Literals.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS);
			childrenFeatures.add(ClusterDeskPackage.Literals.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS);
			childrenFeatures.add(ClusterDeskPackage.Literals.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS);
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
	 * This returns GovernanceSection.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/GovernanceSection"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((GovernanceSection)object).getEnvironmentNarrative();
		return label == null || label.length() == 0 ?
			getString("_UI_GovernanceSection_type") :
			getString("_UI_GovernanceSection_type") + " " + label;
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

		switch (notification.getFeatureID(GovernanceSection.class)) {
			case ClusterDeskPackage.GOVERNANCE_SECTION__ENVIRONMENT_NARRATIVE:
			case ClusterDeskPackage.GOVERNANCE_SECTION__GOVERNANCE_WORKS:
			case ClusterDeskPackage.GOVERNANCE_SECTION__PLATFORM_WORKS:
			case ClusterDeskPackage.GOVERNANCE_SECTION__PUBLIC_SERVICES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.GOVERNANCE_SECTION__ALLIANCES:
			case ClusterDeskPackage.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS:
			case ClusterDeskPackage.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS:
			case ClusterDeskPackage.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS:
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
				(ClusterDeskPackage.Literals.GOVERNANCE_SECTION__ALLIANCES,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS,
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
			childFeature == ClusterDeskPackage.Literals.GOVERNANCE_SECTION__ALLIANCES ||
			childFeature == ClusterDeskPackage.Literals.GOVERNANCE_SECTION__NATIONAL_SERVICE_PLATFORMS ||
			childFeature == ClusterDeskPackage.Literals.GOVERNANCE_SECTION__PROVINCIAL_SERVICE_PLATFORMS ||
			childFeature == ClusterDeskPackage.Literals.GOVERNANCE_SECTION__OTHER_SERVICE_PLATFORMS;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
