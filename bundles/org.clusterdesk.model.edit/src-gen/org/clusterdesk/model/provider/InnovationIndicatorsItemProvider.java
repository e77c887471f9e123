/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.InnovationIndicators;

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
 * This is the item provider adapter for a {@link org.clusterdesk.model.InnovationIndicators} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class InnovationIndicatorsItemProvider 
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
	public InnovationIndicatorsItemProvider(AdapterFactory adapterFactory) {
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
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_EXPENDITURE);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_REVENUE_SHARE);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_GROWTH);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_STAFF_SHARE);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NEW_PATENTS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NEW_STANDARDS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NATIONAL_AWARDS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__PROVINCIAL_AWARDS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NATIONAL_CARRIERS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__CARRIERS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__TOP_RD);
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
	 * This returns InnovationIndicators.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/InnovationIndicators"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		return getString("_UI_InnovationIndicators_type");
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

		switch (notification.getFeatureID(InnovationIndicators.class)) {
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_EXPENDITURE:
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_REVENUE_SHARE:
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_GROWTH:
			case ClusterDeskPackage.INNOVATION_INDICATORS__RD_STAFF_SHARE:
			case ClusterDeskPackage.INNOVATION_INDICATORS__NEW_PATENTS:
			case ClusterDeskPackage.INNOVATION_INDICATORS__NEW_STANDARDS:
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_AWARDS:
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_AWARDS:
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_CARRIERS:
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS:
			case ClusterDeskPackage.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES:
			case ClusterDeskPackage.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES:
			case ClusterDeskPackage.INNOVATION_INDICATORS__CARRIERS:
			case ClusterDeskPackage.INNOVATION_INDICATORS__TOP_RD:
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
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_EXPENDITURE,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_EXPENDITURE,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_REVENUE_SHARE,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_REVENUE_SHARE,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_STAFF_SHARE,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_STAFF_SHARE,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NEW_PATENTS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NEW_STANDARDS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NATIONAL_AWARDS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__PROVINCIAL_AWARDS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NATIONAL_CARRIERS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__CARRIERS,
				 ClusterDeskFactory.eINSTANCE.createApprovedListing()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_INDICATORS__TOP_RD,
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
			childFeature == ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_EXPENDITURE ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_REVENUE_SHARE ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_GROWTH ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_INDICATORS__RD_STAFF_SHARE ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NEW_PATENTS ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NEW_STANDARDS ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NATIONAL_AWARDS ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_INDICATORS__PROVINCIAL_AWARDS ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NATIONAL_CARRIERS ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES;

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
