/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ImplementationPlan;

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
 * This is the item provider adapter for a {@link org.clusterdesk.model.ImplementationPlan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ImplementationPlanItemProvider 
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
	public ImplementationPlanItemProvider(AdapterFactory adapterFactory) {
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

			addLeadUnitPropertyDescriptor(object);
			addBackgroundPropertyDescriptor(object);
			addFoundationsPropertyDescriptor(object);
			addGoalsPropertyDescriptor(object);
			addPathwaysPropertyDescriptor(object);
			addSafeguardsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Lead Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeadUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_leadUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_leadUnit_feature", "_UI_ImplementationPlan_type"),
				 ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__LEAD_UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Background feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBackgroundPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_background_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_background_feature", "_UI_ImplementationPlan_type"),
				 ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__BACKGROUND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Foundations feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFoundationsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_foundations_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_foundations_feature", "_UI_ImplementationPlan_type"),
				 ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__FOUNDATIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Goals feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGoalsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_goals_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_goals_feature", "_UI_ImplementationPlan_type"),
				 ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__GOALS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pathways feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPathwaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_pathways_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_pathways_feature", "_UI_ImplementationPlan_type"),
				 ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__PATHWAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Safeguards feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSafeguardsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_safeguards_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_safeguards_feature", "_UI_ImplementationPlan_type"),
				 ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__SAFEGUARDS,
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
			childrenFeatures.add(ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__REVENUE);
			childrenFeatures.add(ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES);
			childrenFeatures.add(ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__PROFIT);
			childrenFeatures.add(ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__TAX);
			childrenFeatures.add(ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__DOCUMENT);
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
	 * This returns ImplementationPlan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ImplementationPlan"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ImplementationPlan)object).getLeadUnit();
		return label == null || label.length() == 0 ?
			getString("_UI_ImplementationPlan_type") :
			getString("_UI_ImplementationPlan_type") + " " + label;
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

		switch (notification.getFeatureID(ImplementationPlan.class)) {
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__LEAD_UNIT:
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__BACKGROUND:
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__FOUNDATIONS:
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__GOALS:
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__PATHWAYS:
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__SAFEGUARDS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__REVENUE:
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES:
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__PROFIT:
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__TAX:
			case ClusterDeskPackage.IMPLEMENTATION_PLAN__DOCUMENT:
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
				(ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__REVENUE,
				 ClusterDeskFactory.eINSTANCE.createImplementationTarget()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES,
				 ClusterDeskFactory.eINSTANCE.createImplementationTarget()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__PROFIT,
				 ClusterDeskFactory.eINSTANCE.createImplementationTarget()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__TAX,
				 ClusterDeskFactory.eINSTANCE.createImplementationTarget()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__DOCUMENT,
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
			childFeature == ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__REVENUE ||
			childFeature == ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES ||
			childFeature == ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__PROFIT ||
			childFeature == ClusterDeskPackage.Literals.IMPLEMENTATION_PLAN__TAX;

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
