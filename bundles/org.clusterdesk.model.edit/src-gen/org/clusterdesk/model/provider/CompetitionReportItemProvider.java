/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CompetitionReport;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.clusterdesk.model.CompetitionReport} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CompetitionReportItemProvider extends ClusterDocumentItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CompetitionReportItemProvider(AdapterFactory adapterFactory) {
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

			addCategoryPropertyDescriptor(object);
			addIndustryFieldPropertyDescriptor(object);
			addLeadingIndustryPropertyDescriptor(object);
			addGeographicScopePropertyDescriptor(object);
			addKeyProjectsTotalPropertyDescriptor(object);
			addSelfAssessmentPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Category feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCategoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompetitionReport_category_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompetitionReport_category_feature", "_UI_CompetitionReport_type"),
				 ClusterDeskPackage.Literals.COMPETITION_REPORT__CATEGORY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Industry Field feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIndustryFieldPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompetitionReport_industryField_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompetitionReport_industryField_feature", "_UI_CompetitionReport_type"),
				 ClusterDeskPackage.Literals.COMPETITION_REPORT__INDUSTRY_FIELD,
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
				 getString("_UI_CompetitionReport_leadingIndustry_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompetitionReport_leadingIndustry_feature", "_UI_CompetitionReport_type"),
				 ClusterDeskPackage.Literals.COMPETITION_REPORT__LEADING_INDUSTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Geographic Scope feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGeographicScopePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompetitionReport_geographicScope_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompetitionReport_geographicScope_feature", "_UI_CompetitionReport_type"),
				 ClusterDeskPackage.Literals.COMPETITION_REPORT__GEOGRAPHIC_SCOPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Key Projects Total feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKeyProjectsTotalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompetitionReport_keyProjectsTotal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompetitionReport_keyProjectsTotal_feature", "_UI_CompetitionReport_type"),
				 ClusterDeskPackage.Literals.COMPETITION_REPORT__KEY_PROJECTS_TOTAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Self Assessment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSelfAssessmentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompetitionReport_selfAssessment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompetitionReport_selfAssessment_feature", "_UI_CompetitionReport_type"),
				 ClusterDeskPackage.Literals.COMPETITION_REPORT__SELF_ASSESSMENT,
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
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__PROMOTION_ORGANISATION);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__CORE_PARKS);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__GOVERNMENT_OPINION);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__ECONOMY);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__ENTERPRISES);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__KEY_PROJECTS);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__INNOVATION);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__GREEN);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__PUBLIC_SERVICE);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__INDUSTRY_CHAIN_MAP);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__PARKS);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__PROMOTION_DETAILS);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__IMPLEMENTATION);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__LIBRARIES);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__PROMOTION_DECLARATION);
			childrenFeatures.add(ClusterDeskPackage.Literals.COMPETITION_REPORT__PARK_DECLARATION);
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
	 * This returns CompetitionReport.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CompetitionReport"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CompetitionReport)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CompetitionReport_type") :
			getString("_UI_CompetitionReport_type") + " " + label;
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

		switch (notification.getFeatureID(CompetitionReport.class)) {
			case ClusterDeskPackage.COMPETITION_REPORT__CATEGORY:
			case ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_FIELD:
			case ClusterDeskPackage.COMPETITION_REPORT__LEADING_INDUSTRY:
			case ClusterDeskPackage.COMPETITION_REPORT__GEOGRAPHIC_SCOPE:
			case ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS_TOTAL:
			case ClusterDeskPackage.COMPETITION_REPORT__SELF_ASSESSMENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_ORGANISATION:
			case ClusterDeskPackage.COMPETITION_REPORT__CORE_PARKS:
			case ClusterDeskPackage.COMPETITION_REPORT__GOVERNMENT_OPINION:
			case ClusterDeskPackage.COMPETITION_REPORT__ECONOMY:
			case ClusterDeskPackage.COMPETITION_REPORT__ENTERPRISES:
			case ClusterDeskPackage.COMPETITION_REPORT__KEY_PROJECTS:
			case ClusterDeskPackage.COMPETITION_REPORT__INNOVATION:
			case ClusterDeskPackage.COMPETITION_REPORT__GREEN:
			case ClusterDeskPackage.COMPETITION_REPORT__PUBLIC_SERVICE:
			case ClusterDeskPackage.COMPETITION_REPORT__INDUSTRY_CHAIN_MAP:
			case ClusterDeskPackage.COMPETITION_REPORT__PARKS:
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DETAILS:
			case ClusterDeskPackage.COMPETITION_REPORT__IMPLEMENTATION:
			case ClusterDeskPackage.COMPETITION_REPORT__LIBRARIES:
			case ClusterDeskPackage.COMPETITION_REPORT__PROMOTION_DECLARATION:
			case ClusterDeskPackage.COMPETITION_REPORT__PARK_DECLARATION:
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
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__PROMOTION_ORGANISATION,
				 ClusterDeskFactory.eINSTANCE.createUnitContact()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__CORE_PARKS,
				 ClusterDeskFactory.eINSTANCE.createUnitContact()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__GOVERNMENT_OPINION,
				 ClusterDeskFactory.eINSTANCE.createRecommendation()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__ECONOMY,
				 ClusterDeskFactory.eINSTANCE.createEconomicIndicators()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__ENTERPRISES,
				 ClusterDeskFactory.eINSTANCE.createEnterpriseIndicators()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__KEY_PROJECTS,
				 ClusterDeskFactory.eINSTANCE.createKeyProject()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__INNOVATION,
				 ClusterDeskFactory.eINSTANCE.createInnovationIndicators()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__GREEN,
				 ClusterDeskFactory.eINSTANCE.createGreenIndicators()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__PUBLIC_SERVICE,
				 ClusterDeskFactory.eINSTANCE.createPublicServiceIndicators()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__INDUSTRY_CHAIN_MAP,
				 ClusterDeskFactory.eINSTANCE.createEvidenceRef()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__PARKS,
				 ClusterDeskFactory.eINSTANCE.createPark()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__PROMOTION_DETAILS,
				 ClusterDeskFactory.eINSTANCE.createPromotionOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__IMPLEMENTATION,
				 ClusterDeskFactory.eINSTANCE.createImplementationPlan()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__LIBRARIES,
				 ClusterDeskFactory.eINSTANCE.createClusterLibraries()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__PROMOTION_DECLARATION,
				 ClusterDeskFactory.eINSTANCE.createDeclaration()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.COMPETITION_REPORT__PARK_DECLARATION,
				 ClusterDeskFactory.eINSTANCE.createDeclaration()));
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
			childFeature == ClusterDeskPackage.Literals.COMPETITION_REPORT__PROMOTION_ORGANISATION ||
			childFeature == ClusterDeskPackage.Literals.COMPETITION_REPORT__CORE_PARKS ||
			childFeature == ClusterDeskPackage.Literals.COMPETITION_REPORT__PROMOTION_DECLARATION ||
			childFeature == ClusterDeskPackage.Literals.COMPETITION_REPORT__PARK_DECLARATION;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
