/**
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.provider;


import java.math.BigDecimal;

import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.InnovationSection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.clusterdesk.model.InnovationSection} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class InnovationSectionItemProvider extends EvidenceHolderItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InnovationSectionItemProvider(AdapterFactory adapterFactory) {
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

			addRdStaffSharePropertyDescriptor(object);
			addPctApplicationsPropertyDescriptor(object);
			addPatentAverageGrowthPropertyDescriptor(object);
			addPatentsPer10kPropertyDescriptor(object);
			addValidInventionPatentsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Rd Staff Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRdStaffSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InnovationSection_rdStaffShare_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InnovationSection_rdStaffShare_feature", "_UI_InnovationSection_type"),
				 ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_STAFF_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pct Applications feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPctApplicationsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InnovationSection_pctApplications_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InnovationSection_pctApplications_feature", "_UI_InnovationSection_type"),
				 ClusterDeskPackage.Literals.INNOVATION_SECTION__PCT_APPLICATIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Patent Average Growth feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPatentAverageGrowthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InnovationSection_patentAverageGrowth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InnovationSection_patentAverageGrowth_feature", "_UI_InnovationSection_type"),
				 ClusterDeskPackage.Literals.INNOVATION_SECTION__PATENT_AVERAGE_GROWTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Patents Per10k feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPatentsPer10kPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InnovationSection_patentsPer10k_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InnovationSection_patentsPer10k_feature", "_UI_InnovationSection_type"),
				 ClusterDeskPackage.Literals.INNOVATION_SECTION__PATENTS_PER10K,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Valid Invention Patents feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValidInventionPatentsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InnovationSection_validInventionPatents_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InnovationSection_validInventionPatents_feature", "_UI_InnovationSection_type"),
				 ClusterDeskPackage.Literals.INNOVATION_SECTION__VALID_INVENTION_PATENTS,
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
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_INTENSITY);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_EXPENDITURE);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_GROWTH);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_SECTION__SME_EMPLOYEES);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_STAFF);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_SECTION__IP_GRANTS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_SECTION__STANDARDS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_SECTION__NATIONAL_PLATFORMS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_SECTION__PROVINCIAL_PLATFORMS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_SECTION__OTHER_PLATFORMS);
			childrenFeatures.add(ClusterDeskPackage.Literals.INNOVATION_SECTION__PATENT_EVIDENCE);
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
	 * This returns InnovationSection.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/InnovationSection"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		BigDecimal labelValue = ((InnovationSection)object).getRdStaffShare();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_InnovationSection_type") :
			getString("_UI_InnovationSection_type") + " " + label;
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

		switch (notification.getFeatureID(InnovationSection.class)) {
			case ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF_SHARE:
			case ClusterDeskPackage.INNOVATION_SECTION__PCT_APPLICATIONS:
			case ClusterDeskPackage.INNOVATION_SECTION__PATENT_AVERAGE_GROWTH:
			case ClusterDeskPackage.INNOVATION_SECTION__PATENTS_PER10K:
			case ClusterDeskPackage.INNOVATION_SECTION__VALID_INVENTION_PATENTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClusterDeskPackage.INNOVATION_SECTION__RD_INTENSITY:
			case ClusterDeskPackage.INNOVATION_SECTION__RD_EXPENDITURE:
			case ClusterDeskPackage.INNOVATION_SECTION__RD_GROWTH:
			case ClusterDeskPackage.INNOVATION_SECTION__SME_EMPLOYEES:
			case ClusterDeskPackage.INNOVATION_SECTION__RD_STAFF:
			case ClusterDeskPackage.INNOVATION_SECTION__IP_GRANTS:
			case ClusterDeskPackage.INNOVATION_SECTION__STANDARDS:
			case ClusterDeskPackage.INNOVATION_SECTION__NATIONAL_PLATFORMS:
			case ClusterDeskPackage.INNOVATION_SECTION__PROVINCIAL_PLATFORMS:
			case ClusterDeskPackage.INNOVATION_SECTION__OTHER_PLATFORMS:
			case ClusterDeskPackage.INNOVATION_SECTION__PATENT_EVIDENCE:
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
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_INTENSITY,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_INTENSITY,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_INTENSITY,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_EXPENDITURE,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_EXPENDITURE,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_EXPENDITURE,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createYearlyDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createComparedDecimal()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_GROWTH,
				 ClusterDeskFactory.eINSTANCE.createRankedEnterprise()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__SME_EMPLOYEES,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__SME_EMPLOYEES,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_STAFF,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_STAFF,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__IP_GRANTS,
				 ClusterDeskFactory.eINSTANCE.createYearlyCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__IP_GRANTS,
				 ClusterDeskFactory.eINSTANCE.createComparedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__STANDARDS,
				 ClusterDeskFactory.eINSTANCE.createStandardCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__NATIONAL_PLATFORMS,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__PROVINCIAL_PLATFORMS,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__OTHER_PLATFORMS,
				 ClusterDeskFactory.eINSTANCE.createNamedCount()));

		newChildDescriptors.add
			(createChildParameter
				(ClusterDeskPackage.Literals.INNOVATION_SECTION__PATENT_EVIDENCE,
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
			childFeature == ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_INTENSITY ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_EXPENDITURE ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_GROWTH ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_SECTION__SME_EMPLOYEES ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_SECTION__RD_STAFF ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_SECTION__IP_GRANTS ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_SECTION__NATIONAL_PLATFORMS ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_SECTION__PROVINCIAL_PLATFORMS ||
			childFeature == ClusterDeskPackage.Literals.INNOVATION_SECTION__OTHER_PLATFORMS;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
