package org.tongban.intake.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.tongban.catalog.ApplicantKind;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.Department;
import org.tongban.catalog.ExerciseLevel;
import org.tongban.catalog.Fee;
import org.tongban.catalog.HandlingForm;
import org.tongban.catalog.ItemType;
import org.tongban.catalog.Material;
import org.tongban.catalog.MaterialForm;
import org.tongban.catalog.MaterialRequirement;
import org.tongban.catalog.ServiceItem;
import org.tongban.core.NodeLevel;

/** A food-licence-like item for the tests: two required, one optional, one tolerable, one commitment-replaceable. */
final class Items {

    private Items() {
    }

    static Material material(String code, MaterialRequirement r, boolean commitment) {
        return new Material(code, "材料" + code, "申请人", MaterialForm.ORIGINAL, 1, r, null, commitment);
    }

    static ServiceItem food(CaseKind kind) {
        return new ServiceItem("11370783000007919T4010000000003", null, "食品经营许可", ItemType.ADMINISTRATIVE_LICENCE,
                ExerciseLevel.COUNTY, new Department("11370783000007919T", "寿光市行政审批服务局"), List.of(),
                Set.of(ApplicantKind.ENTERPRISE), Set.of(HandlingForm.WINDOW), kind, 20, kind == CaseKind.INSTANT ? 0 : 5,
                new Fee(BigDecimal.ZERO, null), "《食品安全法》", null, Set.of(NodeLevel.COUNTY), List.of(),
                List.of(material("M01", MaterialRequirement.REQUIRED, false), material("M02", MaterialRequirement.REQUIRED, false),
                        material("M03", MaterialRequirement.OPTIONAL, false), material("M04", MaterialRequirement.TOLERABLE, false),
                        material("M05", MaterialRequirement.REQUIRED, true)), 0, "食品经营许可证", List.of());
    }

    static final String LAND = "113707830000237570";
    static final String HOUSING = "11370783000031676J";

    /**
     * A joint review (联审) led by the food department with land and housing, every department approving; without a
     * legal basis it has a code of its own.
     */
    static ServiceItem joint(String legalBasis) {
        ServiceItem f = food(CaseKind.PROMISED);
        return new ServiceItem(legalBasis == null ? "1137078300010294764010000000025" : "1137078300010294764010000000024", null, "企业投资项目联合审批", f.itemType(), f.exerciseLevel(),
                f.department(), List.of(new Department(LAND, "寿光市自然资源和规划局"), new Department(HOUSING, "寿光市住房和城乡建设局")),
                f.applicantKinds(), f.handlingForms(), CaseKind.PROMISED, 45, 20, f.fee(), legalBasis, null, f.handledAt(), List.of(),
                f.materials(), 0, "联合审批意见书", List.of());
    }
}
