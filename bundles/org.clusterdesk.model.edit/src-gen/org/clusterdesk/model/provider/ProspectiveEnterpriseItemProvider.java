/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ProspectiveEnterprise;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.clusterdesk.model.ProspectiveEnterprise} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProspectiveEnterpriseItemProvider extends LibraryRowItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProspectiveEnterpriseItemProvider(AdapterFactory adapterFactory) {
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
			addCountryPropertyDescriptor(object);
			addProvincePropertyDescriptor(object);
			addCityPropertyDescriptor(object);
			addOverviewPropertyDescriptor(object);
			addProductsPropertyDescriptor(object);
			addAboveScalePropertyDescriptor(object);
			addDomesticBrandPropertyDescriptor(object);
			addInternationalBrandPropertyDescriptor(object);
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
				 getString("_UI_ProspectiveEnterprise_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProspectiveEnterprise_name_feature", "_UI_ProspectiveEnterprise_type"),
				 ClusterDeskPackage.Literals.PROSPECTIVE_ENTERPRISE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Country feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCountryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProspectiveEnterprise_country_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProspectiveEnterprise_country_feature", "_UI_ProspectiveEnterprise_type"),
				 ClusterDeskPackage.Literals.PROSPECTIVE_ENTERPRISE__COUNTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Province feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProvincePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProspectiveEnterprise_province_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProspectiveEnterprise_province_feature", "_UI_ProspectiveEnterprise_type"),
				 ClusterDeskPackage.Literals.PROSPECTIVE_ENTERPRISE__PROVINCE,
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
				 getString("_UI_ProspectiveEnterprise_city_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProspectiveEnterprise_city_feature", "_UI_ProspectiveEnterprise_type"),
				 ClusterDeskPackage.Literals.PROSPECTIVE_ENTERPRISE__CITY,
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
				 getString("_UI_ProspectiveEnterprise_overview_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProspectiveEnterprise_overview_feature", "_UI_ProspectiveEnterprise_type"),
				 ClusterDeskPackage.Literals.PROSPECTIVE_ENTERPRISE__OVERVIEW,
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
				 getString("_UI_ProspectiveEnterprise_products_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProspectiveEnterprise_products_feature", "_UI_ProspectiveEnterprise_type"),
				 ClusterDeskPackage.Literals.PROSPECTIVE_ENTERPRISE__PRODUCTS,
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
				 getString("_UI_ProspectiveEnterprise_aboveScale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProspectiveEnterprise_aboveScale_feature", "_UI_ProspectiveEnterprise_type"),
				 ClusterDeskPackage.Literals.PROSPECTIVE_ENTERPRISE__ABOVE_SCALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Domestic Brand feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDomesticBrandPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProspectiveEnterprise_domesticBrand_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProspectiveEnterprise_domesticBrand_feature", "_UI_ProspectiveEnterprise_type"),
				 ClusterDeskPackage.Literals.PROSPECTIVE_ENTERPRISE__DOMESTIC_BRAND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the International Brand feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInternationalBrandPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProspectiveEnterprise_internationalBrand_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProspectiveEnterprise_internationalBrand_feature", "_UI_ProspectiveEnterprise_type"),
				 ClusterDeskPackage.Literals.PROSPECTIVE_ENTERPRISE__INTERNATIONAL_BRAND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ProspectiveEnterprise.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ProspectiveEnterprise"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ProspectiveEnterprise)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ProspectiveEnterprise_type") :
			getString("_UI_ProspectiveEnterprise_type") + " " + label;
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

		switch (notification.getFeatureID(ProspectiveEnterprise.class)) {
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__NAME:
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__COUNTRY:
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__PROVINCE:
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__CITY:
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__OVERVIEW:
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__PRODUCTS:
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__ABOVE_SCALE:
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__DOMESTIC_BRAND:
			case ClusterDeskPackage.PROSPECTIVE_ENTERPRISE__INTERNATIONAL_BRAND:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
