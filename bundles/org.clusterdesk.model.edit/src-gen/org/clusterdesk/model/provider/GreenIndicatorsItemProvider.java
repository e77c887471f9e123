/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.GreenIndicators;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.clusterdesk.model.GreenIndicators} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class GreenIndicatorsItemProvider 
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
	public GreenIndicatorsItemProvider(AdapterFactory adapterFactory) {
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

		}
		return itemPropertyDescriptors;
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
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_INDICATORS__CO2_PER_OUTPUT);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_INDICATORS__SOLID_WASTE_UTILISATION);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_INDICATORS__WATER_REUSE);
			childrenFeatures.add(ClusterDeskPackage.Literals.GREEN_INDICATORS__LISTINGS);
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
	 * This returns GreenIndicators.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/GreenIndicators"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		return getString("_UI_GreenIndicators_type");
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

		switch (notification.getFeatureID(GreenIndicators.class)) {
			case ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES:
			case ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES:
			case ClusterDeskPackage.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS:
			case ClusterDeskPackage.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS:
			case ClusterDeskPackage.GREEN_INDICATORS__CO2_PER_OUTPUT:
			case ClusterDeskPackage.GREEN_INDICATORS__SOLID_WASTE_UTILISATION:
			case ClusterDeskPackage.GREEN_INDICATORS__WATER_REUSE:
			case ClusterDeskPackage.GREEN_INDICATORS__LISTINGS:
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
				(ClusterDeskPackage.Literals.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_INDICATORS__CO2_PER_OUTPUT,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_INDICATORS__CO2_PER_OUTPUT,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_INDICATORS__SOLID_WASTE_UTILISATION,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_INDICATORS__SOLID_WASTE_UTILISATION,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_INDICATORS__WATER_REUSE,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_INDICATORS__WATER_REUSE,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.GREEN_INDICATORS__LISTINGS,
				 ClusterDeskFactory.eINSTANCE.createApprovedListing()));
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
			childFeature == ClusterDeskPackage.Literals.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES ||
			childFeature == ClusterDeskPackage.Literals.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES ||
			childFeature == ClusterDeskPackage.Literals.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS ||
			childFeature == ClusterDeskPackage.Literals.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS ||
			childFeature == ClusterDeskPackage.Literals.GREEN_INDICATORS__CO2_PER_OUTPUT ||
			childFeature == ClusterDeskPackage.Literals.GREEN_INDICATORS__SOLID_WASTE_UTILISATION ||
			childFeature == ClusterDeskPackage.Literals.GREEN_INDICATORS__WATER_REUSE;

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
