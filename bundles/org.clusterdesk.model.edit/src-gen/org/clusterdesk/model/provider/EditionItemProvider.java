/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.Edition;

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
 * This is the item provider adapter for a {@link org.clusterdesk.model.Edition} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EditionItemProvider 
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
	public EditionItemProvider(AdapterFactory adapterFactory) {
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

			addIdPropertyDescriptor(object);
			addIssuerPropertyDescriptor(object);
			addTitlePropertyDescriptor(object);
			addKindPropertyDescriptor(object);
			addDataYearsPropertyDescriptor(object);
			addDataCutoffPropertyDescriptor(object);
			addPlanBaselineYearPropertyDescriptor(object);
			addPlanTargetYearPropertyDescriptor(object);
			addStageYearsPropertyDescriptor(object);
			addReviewBaselineYearPropertyDescriptor(object);
			addReviewTargetYearPropertyDescriptor(object);
			addContactKindPropertyDescriptor(object);
			addRecommenderLevelPropertyDescriptor(object);
			addRecommendationTitlePropertyDescriptor(object);
			addDeclarationTextPropertyDescriptor(object);
			addDeclarationSignerTitlePropertyDescriptor(object);
			addDeclarationSealTitlePropertyDescriptor(object);
			addNamePatternPropertyDescriptor(object);
			addNamePatternHintPropertyDescriptor(object);
			addInstructionsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_id_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Issuer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIssuerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_issuer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_issuer_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__ISSUER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_title_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_kind_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Data Years feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDataYearsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_dataYears_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_dataYears_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__DATA_YEARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Data Cutoff feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDataCutoffPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_dataCutoff_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_dataCutoff_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__DATA_CUTOFF,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Plan Baseline Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlanBaselineYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_planBaselineYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_planBaselineYear_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__PLAN_BASELINE_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Plan Target Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlanTargetYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_planTargetYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_planTargetYear_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__PLAN_TARGET_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stage Years feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStageYearsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_stageYears_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_stageYears_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__STAGE_YEARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Review Baseline Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReviewBaselineYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_reviewBaselineYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_reviewBaselineYear_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__REVIEW_BASELINE_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Review Target Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReviewTargetYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_reviewTargetYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_reviewTargetYear_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__REVIEW_TARGET_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Contact Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContactKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_contactKind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_contactKind_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__CONTACT_KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recommender Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecommenderLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_recommenderLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_recommenderLevel_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__RECOMMENDER_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recommendation Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecommendationTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_recommendationTitle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_recommendationTitle_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__RECOMMENDATION_TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Declaration Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeclarationTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_declarationText_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_declarationText_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__DECLARATION_TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Declaration Signer Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeclarationSignerTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_declarationSignerTitle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_declarationSignerTitle_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__DECLARATION_SIGNER_TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Declaration Seal Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeclarationSealTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_declarationSealTitle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_declarationSealTitle_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__DECLARATION_SEAL_TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name Pattern feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePatternPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_namePattern_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_namePattern_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__NAME_PATTERN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name Pattern Hint feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePatternHintPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_namePatternHint_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_namePatternHint_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__NAME_PATTERN_HINT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Instructions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInstructionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Edition_instructions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Edition_instructions_feature", "_UI_Edition_type"),
				 ClusterDeskPackage.Literals.EDITION__INSTRUCTIONS,
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
			childrenFeatures.add(ClusterDeskPackage.Literals.EDITION__CRITERIA);
			childrenFeatures.add(ClusterDeskPackage.Literals.EDITION__PLAN_RULES);
			childrenFeatures.add(ClusterDeskPackage.Literals.EDITION__SECTIONS);
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
	 * This returns Edition.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Edition"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Edition)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Edition_type") :
			getString("_UI_Edition_type") + " " + label;
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

		switch (notification.getFeatureID(Edition.class)) {
			case ClusterDeskPackage.EDITION__ID:
			case ClusterDeskPackage.EDITION__ISSUER:
			case ClusterDeskPackage.EDITION__TITLE:
			case ClusterDeskPackage.EDITION__KIND:
			case ClusterDeskPackage.EDITION__DATA_YEARS:
			case ClusterDeskPackage.EDITION__DATA_CUTOFF:
			case ClusterDeskPackage.EDITION__PLAN_BASELINE_YEAR:
			case ClusterDeskPackage.EDITION__PLAN_TARGET_YEAR:
			case ClusterDeskPackage.EDITION__STAGE_YEARS:
			case ClusterDeskPackage.EDITION__REVIEW_BASELINE_YEAR:
			case ClusterDeskPackage.EDITION__REVIEW_TARGET_YEAR:
			case ClusterDeskPackage.EDITION__CONTACT_KIND:
			case ClusterDeskPackage.EDITION__RECOMMENDER_LEVEL:
			case ClusterDeskPackage.EDITION__RECOMMENDATION_TITLE:
			case ClusterDeskPackage.EDITION__DECLARATION_TEXT:
			case ClusterDeskPackage.EDITION__DECLARATION_SIGNER_TITLE:
			case ClusterDeskPackage.EDITION__DECLARATION_SEAL_TITLE:
			case ClusterDeskPackage.EDITION__NAME_PATTERN:
			case ClusterDeskPackage.EDITION__NAME_PATTERN_HINT:
			case ClusterDeskPackage.EDITION__INSTRUCTIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.EDITION__CRITERIA:
			case ClusterDeskPackage.EDITION__PLAN_RULES:
			case ClusterDeskPackage.EDITION__SECTIONS:
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
				(ClusterDeskPackage.Literals.EDITION__CRITERIA,
				 ClusterDeskFactory.eINSTANCE.createRecognitionCriteria()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.EDITION__PLAN_RULES,
				 ClusterDeskFactory.eINSTANCE.createPlanRules()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.EDITION__SECTIONS,
				 ClusterDeskFactory.eINSTANCE.createFormSection()));
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
