package org.tongban.catalog;

import java.util.List;
import java.util.Set;
import org.tongban.core.NodeLevel;

/**
 * A service item (政务服务事项) with the GB/T 39046 fields: codes, type, exercising level, departments, who may
 * apply and how, case kind and limits in working days, fee, legal basis, conditions, the node levels that handle
 * it, the intermediary services it requires and its checklist of materials. {@code jointDepartments} lists the
 * further departments of a joint review (联审联办); empty for a single-department item. {@code approvalsRequired}
 * is the M of an M-of-N joint review (0: every department must approve). {@code resultName} names what the case
 * issues (办理结果名称, e.g. 食品经营许可证); {@code decisionRules} are an instant item's declared rules.
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
        List<Material> materials,
        int approvalsRequired,
        String resultName,
        List<DecisionRule> decisionRules) {

    public ServiceItem {
        jointDepartments = jointDepartments == null ? List.of() : List.copyOf(jointDepartments);
        applicantKinds = applicantKinds == null ? Set.of() : Set.copyOf(applicantKinds);
        handlingForms = handlingForms == null ? Set.of() : Set.copyOf(handlingForms);
        handledAt = handledAt == null ? Set.of() : Set.copyOf(handledAt);
        intermediaryServices = intermediaryServices == null ? List.of() : List.copyOf(intermediaryServices);
        materials = materials == null ? List.of() : List.copyOf(materials);
        decisionRules = decisionRules == null ? List.of() : List.copyOf(decisionRules);
    }

    /** The departments that review a case: the lead department first, then the joint ones. */
    public List<Department> reviewingDepartments() {
        List<Department> all = new java.util.ArrayList<>();
        all.add(department);
        all.addAll(jointDepartments);
        return List.copyOf(all);
    }

    /** How many approvals complete the review: M of an M-of-N joint review, otherwise every department. */
    public int approvalsNeeded() {
        int n = 1 + jointDepartments.size();
        return approvalsRequired <= 0 || approvalsRequired > n ? n : approvalsRequired;
    }

    /** Whether several departments review it in parallel. */
    public boolean isJointReview() {
        return !jointDepartments.isEmpty();
    }
}
