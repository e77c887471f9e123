/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.Park;

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
 * This is the item provider adapter for a {@link org.clusterdesk.model.Park} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ParkItemProvider 
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
	public ParkItemProvider(AdapterFactory adapterFactory) {
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
			addLeadingIndustryPropertyDescriptor(object);
			addGreenParkLevelPropertyDescriptor(object);
			addEvidencePagePropertyDescriptor(object);
			addReportPropertyDescriptor(object);
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
				 getString("_UI_Park_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Park_name_feature", "_UI_Park_type"),
				 ClusterDeskPackage.Literals.PARK__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Leading Industry feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeadingIndustryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Park_leadingIndustry_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Park_leadingIndustry_feature", "_UI_Park_type"),
				 ClusterDeskPackage.Literals.PARK__LEADING_INDUSTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Green Park Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGreenParkLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Park_greenParkLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Park_greenParkLevel_feature", "_UI_Park_type"),
				 ClusterDeskPackage.Literals.PARK__GREEN_PARK_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Evidence Page feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvidencePagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Park_evidencePage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Park_evidencePage_feature", "_UI_Park_type"),
				 ClusterDeskPackage.Literals.PARK__EVIDENCE_PAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Report feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReportPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Park_report_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Park_report_feature", "_UI_Park_type"),
				 ClusterDeskPackage.Literals.PARK__REPORT,
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
			childrenFeatures.add(ClusterDeskPackage.Literals.PARK__GDP);
			childrenFeatures.add(ClusterDeskPackage.Literals.PARK__ABOVE_SCALE_ENTERPRISES);
			childrenFeatures.add(ClusterDeskPackage.Literals.PARK__ABOVE_SCALE_REVENUE);
			childrenFeatures.add(ClusterDeskPackage.Literals.PARK__TAX);
			childrenFeatures.add(ClusterDeskPackage.Literals.PARK__TRADE);
			childrenFeatures.add(ClusterDeskPackage.Literals.PARK__FIXED_INVESTMENT);
			childrenFeatures.add(ClusterDeskPackage.Literals.PARK__INVESTMENT_ATTRACTED);
			childrenFeatures.add(ClusterDeskPackage.Literals.PARK__FOREIGN_CAPITAL_USED);
			childrenFeatures.add(ClusterDeskPackage.Literals.PARK__DEVELOPED_AREA);
			childrenFeatures.add(ClusterDeskPackage.Literals.PARK__INVESTMENT_INTENSITY);
			childrenFeatures.add(ClusterDeskPackage.Literals.PARK__TAX_PER_MU);
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
	 * This returns Park.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Park"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Park)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Park_type") :
			getString("_UI_Park_type") + " " + label;
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

		switch (notification.getFeatureID(Park.class)) {
			case ClusterDeskPackage.PARK__NAME:
			case ClusterDeskPackage.PARK__LEADING_INDUSTRY:
			case ClusterDeskPackage.PARK__GREEN_PARK_LEVEL:
			case ClusterDeskPackage.PARK__EVIDENCE_PAGE:
			case ClusterDeskPackage.PARK__REPORT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.PARK__GDP:
			case ClusterDeskPackage.PARK__ABOVE_SCALE_ENTERPRISES:
			case ClusterDeskPackage.PARK__ABOVE_SCALE_REVENUE:
			case ClusterDeskPackage.PARK__TAX:
			case ClusterDeskPackage.PARK__TRADE:
			case ClusterDeskPackage.PARK__FIXED_INVESTMENT:
			case ClusterDeskPackage.PARK__INVESTMENT_ATTRACTED:
			case ClusterDeskPackage.PARK__FOREIGN_CAPITAL_USED:
			case ClusterDeskPackage.PARK__DEVELOPED_AREA:
			case ClusterDeskPackage.PARK__INVESTMENT_INTENSITY:
			case ClusterDeskPackage.PARK__TAX_PER_MU:
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
				(ClusterDeskPackage.Literals.PARK__GDP,
				 ClusterDeskFactory.eINSTANCE.createParkIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__ABOVE_SCALE_ENTERPRISES,
				 ClusterDeskFactory.eINSTANCE.createParkIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__ABOVE_SCALE_REVENUE,
				 ClusterDeskFactory.eINSTANCE.createParkIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__TAX,
				 ClusterDeskFactory.eINSTANCE.createParkIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__TRADE,
				 ClusterDeskFactory.eINSTANCE.createParkIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__FIXED_INVESTMENT,
				 ClusterDeskFactory.eINSTANCE.createParkIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__INVESTMENT_ATTRACTED,
				 ClusterDeskFactory.eINSTANCE.createParkIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__FOREIGN_CAPITAL_USED,
				 ClusterDeskFactory.eINSTANCE.createParkIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__DEVELOPED_AREA,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__DEVELOPED_AREA,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__DEVELOPED_AREA,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__INVESTMENT_INTENSITY,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__INVESTMENT_INTENSITY,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__INVESTMENT_INTENSITY,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__TAX_PER_MU,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__TAX_PER_MU,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.PARK__TAX_PER_MU,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));
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
			childFeature == ClusterDeskPackage.Literals.PARK__GDP ||
			childFeature == ClusterDeskPackage.Literals.PARK__ABOVE_SCALE_ENTERPRISES ||
			childFeature == ClusterDeskPackage.Literals.PARK__ABOVE_SCALE_REVENUE ||
			childFeature == ClusterDeskPackage.Literals.PARK__TAX ||
			childFeature == ClusterDeskPackage.Literals.PARK__TRADE ||
			childFeature == ClusterDeskPackage.Literals.PARK__FIXED_INVESTMENT ||
			childFeature == ClusterDeskPackage.Literals.PARK__INVESTMENT_ATTRACTED ||
			childFeature == ClusterDeskPackage.Literals.PARK__FOREIGN_CAPITAL_USED ||
			childFeature == ClusterDeskPackage.Literals.PARK__DEVELOPED_AREA ||
			childFeature == ClusterDeskPackage.Literals.PARK__INVESTMENT_INTENSITY ||
			childFeature == ClusterDeskPackage.Literals.PARK__TAX_PER_MU;

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
