/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.clusterdesk.model.Application} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ApplicationItemProvider extends ClusterDocumentItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApplicationItemProvider(AdapterFactory adapterFactory) {
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
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__REGION);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__BASIC_INFO);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__INDUSTRY);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__INNOVATION);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__DIGITAL);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__GREEN);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__OPENNESS);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__GOVERNANCE);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__PLAN);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__REVIEW);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__DECLARATION);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__RECOMMENDATION);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__COMMITMENT);
			childrenFeatures.add(ClusterDeskPackage.Literals.APPLICATION__OUTLINE);
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
	 * This returns Application.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Application"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Application)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Application_type") :
			getString("_UI_Application_type") + " " + label;
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

		switch (notification.getFeatureID(Application.class)) {
			case ClusterDeskPackage.APPLICATION__REGION:
			case ClusterDeskPackage.APPLICATION__BASIC_INFO:
			case ClusterDeskPackage.APPLICATION__INDUSTRY:
			case ClusterDeskPackage.APPLICATION__INNOVATION:
			case ClusterDeskPackage.APPLICATION__DIGITAL:
			case ClusterDeskPackage.APPLICATION__GREEN:
			case ClusterDeskPackage.APPLICATION__OPENNESS:
			case ClusterDeskPackage.APPLICATION__GOVERNANCE:
			case ClusterDeskPackage.APPLICATION__PLAN:
			case ClusterDeskPackage.APPLICATION__REVIEW:
			case ClusterDeskPackage.APPLICATION__DECLARATION:
			case ClusterDeskPackage.APPLICATION__RECOMMENDATION:
			case ClusterDeskPackage.APPLICATION__COMMITMENT:
			case ClusterDeskPackage.APPLICATION__OUTLINE:
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
				(ClusterDeskPackage.Literals.APPLICATION__REGION,
				 ClusterDeskFactory.eINSTANCE.createRegion()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__BASIC_INFO,
				 ClusterDeskFactory.eINSTANCE.createBasicInfoSection()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__INDUSTRY,
				 ClusterDeskFactory.eINSTANCE.createIndustrySection()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__INNOVATION,
				 ClusterDeskFactory.eINSTANCE.createInnovationSection()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__DIGITAL,
				 ClusterDeskFactory.eINSTANCE.createDigitalSection()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__GREEN,
				 ClusterDeskFactory.eINSTANCE.createGreenSection()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__OPENNESS,
				 ClusterDeskFactory.eINSTANCE.createOpennessSection()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__GOVERNANCE,
				 ClusterDeskFactory.eINSTANCE.createGovernanceSection()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__PLAN,
				 ClusterDeskFactory.eINSTANCE.createPlanSection()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__REVIEW,
				 ClusterDeskFactory.eINSTANCE.createReviewSection()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__DECLARATION,
				 ClusterDeskFactory.eINSTANCE.createDeclaration()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__RECOMMENDATION,
				 ClusterDeskFactory.eINSTANCE.createRecommendation()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__COMMITMENT,
				 ClusterDeskFactory.eINSTANCE.createCommitmentLetter()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.APPLICATION__OUTLINE,
				 ClusterDeskFactory.eINSTANCE.createWritingOutline()));
	}

}
