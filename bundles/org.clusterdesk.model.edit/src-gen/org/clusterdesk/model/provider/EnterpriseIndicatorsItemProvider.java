/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.EnterpriseIndicators;

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
 * This is the item provider adapter for a {@link org.clusterdesk.model.EnterpriseIndicators} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EnterpriseIndicatorsItemProvider 
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
	public EnterpriseIndicatorsItemProvider(AdapterFactory adapterFactory) {
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

			addSmartFactoriesEvidencePagePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Smart Factories Evidence Page feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSmartFactoriesEvidencePagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnterpriseIndicators_smartFactoriesEvidencePage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnterpriseIndicators_smartFactoriesEvidencePage_feature", "_UI_EnterpriseIndicators_type"),
				 ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE,
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
			childrenFeatures.add(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__ENTERPRISES);
			childrenFeatures.add(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__ABOVE_SCALE);
			childrenFeatures.add(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__HIGH_TECH);
			childrenFeatures.add(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__LISTED);
			childrenFeatures.add(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS);
			childrenFeatures.add(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS);
			childrenFeatures.add(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__LITTLE_GIANTS);
			childrenFeatures.add(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED);
			childrenFeatures.add(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED);
			childrenFeatures.add(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__SMART_FACTORIES);
			childrenFeatures.add(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__TOP_REVENUE);
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
	 * This returns EnterpriseIndicators.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/EnterpriseIndicators"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((EnterpriseIndicators)object).getSmartFactoriesEvidencePage();
		return label == null || label.length() == 0 ?
			getString("_UI_EnterpriseIndicators_type") :
			getString("_UI_EnterpriseIndicators_type") + " " + label;
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

		switch (notification.getFeatureID(EnterpriseIndicators.class)) {
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__ENTERPRISES:
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__ABOVE_SCALE:
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__HIGH_TECH:
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__LISTED:
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS:
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS:
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__LITTLE_GIANTS:
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED:
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED:
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__SMART_FACTORIES:
			case ClusterDeskPackage.ENTERPRISE_INDICATORS__TOP_REVENUE:
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
				(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__ENTERPRISES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__ABOVE_SCALE,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__HIGH_TECH,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__LISTED,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__LITTLE_GIANTS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__SMART_FACTORIES,
				 ClusterDeskFactory.eINSTANCE.createSmartFactoryCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__TOP_REVENUE,
				 ClusterDeskFactory.eINSTANCE.createRankingTable()));
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
			childFeature == ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__ENTERPRISES ||
			childFeature == ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__ABOVE_SCALE ||
			childFeature == ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__HIGH_TECH ||
			childFeature == ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__LISTED ||
			childFeature == ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS ||
			childFeature == ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS ||
			childFeature == ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__LITTLE_GIANTS ||
			childFeature == ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED ||
			childFeature == ClusterDeskPackage.Literals.ENTERPRISE_INDICATORS__INTEGRATION_CERTIFIED;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
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
