package org.tongban.catalog;

import java.util.List;
import java.util.Set;
import org.tongban.core.NodeLevel;

/**
 * A service item (政务服务事项) with the GB/T 39046 fields: codes, type, exercising level, departments, who may
 * apply and how, case kind and limits in working days, fee, legal basis, conditions, the node levels that handle
 * it, the intermediary services it requires and its checklist of materials. {@code jointDepartments} lists the
 * further departments of a joint review (联审联办); empty for a single-department item.
 */
public record ServiceItem(
        String implementationCode,
        String baseCode,
        String name,
        ItemType itemType,
        ExerciseLevel exerciseLevel,
        Department department,
        List<Department> jointDepartments,
        Set<ApplicantKind> applicantKinds,
        Set<HandlingForm> handlingForms,
        CaseKind caseKind,
        int statutoryLimitDays,
        int promisedLimitDays,
        Fee fee,
        String legalBasis,
        String conditions,
        Set<NodeLevel> handledAt,
        List<String> intermediaryServices,
        List<Material> materials) {

    public ServiceItem {
        jointDepartments = jointDepartments == null ? List.of() : List.copyOf(jointDepartments);
        applicantKinds = applicantKinds == null ? Set.of() : Set.copyOf(applicantKinds);
        handlingForms = handlingForms == null ? Set.of() : Set.copyOf(handlingForms);
        handledAt = handledAt == null ? Set.of() : Set.copyOf(handledAt);
        intermediaryServices = intermediaryServices == null ? List.of() : List.copyOf(intermediaryServices);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    /** Whether several departments review it in parallel. */
    public boolean isJointReview() {
        return !jointDepartments.isEmpty();
    }
}
