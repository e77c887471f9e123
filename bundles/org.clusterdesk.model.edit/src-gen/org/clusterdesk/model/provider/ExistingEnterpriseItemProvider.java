/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ExistingEnterprise;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.clusterdesk.model.ExistingEnterprise} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ExistingEnterpriseItemProvider extends LibraryRowItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExistingEnterpriseItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
			addCityPropertyDescriptor(object);
			addCountyPropertyDescriptor(object);
			addParkPropertyDescriptor(object);
			addOverviewPropertyDescriptor(object);
			addProductsPropertyDescriptor(object);
			addAboveScalePropertyDescriptor(object);
			addRevenuePropertyDescriptor(object);
			addListedPropertyDescriptor(object);
			addHighTechPropertyDescriptor(object);
			addHonoursPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExistingEnterprise_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExistingEnterprise_name_feature", "_UI_ExistingEnterprise_type"),
				 ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the City feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExistingEnterprise_city_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExistingEnterprise_city_feature", "_UI_ExistingEnterprise_type"),
				 ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__CITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the County feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCountyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExistingEnterprise_county_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExistingEnterprise_county_feature", "_UI_ExistingEnterprise_type"),
				 ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__COUNTY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Park feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParkPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExistingEnterprise_park_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExistingEnterprise_park_feature", "_UI_ExistingEnterprise_type"),
				 ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__PARK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Overview feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOverviewPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExistingEnterprise_overview_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExistingEnterprise_overview_feature", "_UI_ExistingEnterprise_type"),
				 ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__OVERVIEW,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Products feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProductsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExistingEnterprise_products_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExistingEnterprise_products_feature", "_UI_ExistingEnterprise_type"),
				 ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__PRODUCTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Above Scale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAboveScalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExistingEnterprise_aboveScale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExistingEnterprise_aboveScale_feature", "_UI_ExistingEnterprise_type"),
				 ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__ABOVE_SCALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Revenue feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRevenuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExistingEnterprise_revenue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExistingEnterprise_revenue_feature", "_UI_ExistingEnterprise_type"),
				 ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__REVENUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Listed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addListedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExistingEnterprise_listed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExistingEnterprise_listed_feature", "_UI_ExistingEnterprise_type"),
				 ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__LISTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the High Tech feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHighTechPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExistingEnterprise_highTech_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExistingEnterprise_highTech_feature", "_UI_ExistingEnterprise_type"),
				 ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__HIGH_TECH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Honours feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHonoursPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExistingEnterprise_honours_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExistingEnterprise_honours_feature", "_UI_ExistingEnterprise_type"),
				 ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__HONOURS,
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
			childrenFeatures.add(ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__CONTACT);
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
	 * This returns ExistingEnterprise.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ExistingEnterprise"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ExistingEnterprise)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ExistingEnterprise_type") :
			getString("_UI_ExistingEnterprise_type") + " " + label;
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

		switch (notification.getFeatureID(ExistingEnterprise.class)) {
			case ClusterDeskPackage.EXISTING_ENTERPRISE__NAME:
			case ClusterDeskPackage.EXISTING_ENTERPRISE__CITY:
			case ClusterDeskPackage.EXISTING_ENTERPRISE__COUNTY:
			case ClusterDeskPackage.EXISTING_ENTERPRISE__PARK:
			case ClusterDeskPackage.EXISTING_ENTERPRISE__OVERVIEW:
			case ClusterDeskPackage.EXISTING_ENTERPRISE__PRODUCTS:
			case ClusterDeskPackage.EXISTING_ENTERPRISE__ABOVE_SCALE:
			case ClusterDeskPackage.EXISTING_ENTERPRISE__REVENUE:
			case ClusterDeskPackage.EXISTING_ENTERPRISE__LISTED:
			case ClusterDeskPackage.EXISTING_ENTERPRISE__HIGH_TECH:
			case ClusterDeskPackage.EXISTING_ENTERPRISE__HONOURS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.EXISTING_ENTERPRISE__CONTACT:
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
				(ClusterDeskPackage.Literals.EXISTING_ENTERPRISE__CONTACT,
				 ClusterDeskFactory.eINSTANCE.createContact()));
	}

}
