package org.tongban.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.Department;
import org.tongban.catalog.Fee;
import org.tongban.catalog.Material;
import org.tongban.catalog.MaterialForm;
import org.tongban.catalog.MaterialRequirement;
import org.tongban.catalog.RuleOperator;
import org.tongban.catalog.RuleOutcome;
import org.tongban.catalog.ServiceItem;

class ItemValidatorTest {

    @Test
    void theDemoCatalogueIsValidAndCoversWhatTheDemoNeeds() {
        List<ServiceItem> items = DemoCatalogue.items();
        assertTrue(items.size() >= 25, "about 25 items");
        for (ServiceItem i : items) {
            assertEquals(List.of(), ItemValidator.problems(i), i.name());
        }
        assertTrue(items.stream().anyMatch(i -> i.caseKind() == CaseKind.INSTANT), "instant items");
        assertTrue(items.stream().anyMatch(ServiceItem::isJointReview), "a joint-review item");
        assertTrue(items.stream().anyMatch(i -> !i.intermediaryServices().isEmpty()), "an item needing an intermediary service");
        assertTrue(items.stream().flatMap(i -> i.materials().stream()).anyMatch(m -> m.requirement() == MaterialRequirement.TOLERABLE));
        assertTrue(items.stream().flatMap(i -> i.materials().stream()).anyMatch(Material::commitmentReplaceable));
        assertTrue(items.stream().map(i -> i.department().creditCode()).distinct().count() >= 10, "several departments");
        assertEquals(items.size(), items.stream().map(ServiceItem::implementationCode).distinct().count());
    }

    @Test
    void everyFaultIsListed() {
        ServiceItem good = DemoCatalogue.named("食品经营许可");
        ServiceItem bad = new ServiceItem("bad code!", null, " ", good.itemType(), null,
                new Department("91350100I000100Y43", "x"), List.of(good.department()), Set.of(), good.handlingForms(),
                CaseKind.PROMISED, 5, 10, new Fee(new BigDecimal("3"), null), "", null, Set.of(),
                List.of(), List.of(new Material("M1", "a", "b", MaterialForm.COPY, -1, MaterialRequirement.REQUIRED, null, false),
                        new Material("M1", "c", "d", null, 1, MaterialRequirement.OPTIONAL, null, false)), 3, null,
                List.of(new DecisionRule("R1", "age", "age", RuleOperator.AT_LEAST, "eighteen", RuleOutcome.APPROVE),
                        new DecisionRule("R1", "x", "y", RuleOperator.EQUALS, null, RuleOutcome.REJECT)));
        List<String> p = ItemValidator.problems(bad);
        for (String expected : new String[] {"implementationCode", "name is required", "exerciseLevel is required",
            "department x: character 9", "applicantKinds", "exceeds statutoryLimitDays", "fee.basis", "legalBasis",
            "handledAt", "material M1 cannot have negative copies", "material code M1 is used twice",
            "material M1 needs a form", "approvalsRequired must be", "decisionRules belong to instant items",
            "compares numbers, not 'eighteen'", "rule id R1 is used twice", "EQUALS needs a value"}) {
            assertTrue(p.stream().anyMatch(s -> s.contains(expected)), expected + " missing from " + p);
        }
    }

    @Test
    void aFeeOrTextsBeyondWhatTheNodeKeepsAreRefusedBeforeTheyAreStored() {
        ServiceItem good = DemoCatalogue.named("食品经营许可");
        ServiceItem huge = new ServiceItem(good.implementationCode(), good.baseCode(), good.name(), good.itemType(), good.exerciseLevel(),
                new Department(good.department().creditCode(), "局".repeat(201)), good.jointDepartments(), good.applicantKinds(),
                good.handlingForms(), good.caseKind(), good.statutoryLimitDays(), good.promisedLimitDays(),
                new Fee(new BigDecimal("1e20000"), "x"), good.legalBasis(), good.conditions(), good.handledAt(),
                good.intermediaryServices(), good.materials(), good.approvalsRequired(), good.resultName(), good.decisionRules());
        List<String> p = ItemValidator.problems(huge);
        assertTrue(p.stream().anyMatch(s -> s.contains("fee.amount is at most 1000000000")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("department name is at most 200")), p.toString());

        ServiceItem wordy = new ServiceItem(good.implementationCode(), good.baseCode(), good.name(), good.itemType(), good.exerciseLevel(),
                good.department(), good.jointDepartments(), good.applicantKinds(), good.handlingForms(), good.caseKind(),
                good.statutoryLimitDays(), good.promisedLimitDays(), good.fee(), "法".repeat(ItemValidator.MAX_STORED_CHARS), good.conditions(),
                good.handledAt(), good.intermediaryServices(), good.materials(), good.approvalsRequired(), good.resultName(),
                good.decisionRules());
        assertTrue(ItemValidator.problems(wordy).stream().anyMatch(s -> s.contains("too long to keep")), ItemValidator.problems(wordy).toString());
    }

    @Test
    void instantItemsHaveNoPromisedDaysAndPromisedItemsHaveSome() {
        ServiceItem instant = DemoCatalogue.named("居住证签注");
        ServiceItem wrong = new ServiceItem(instant.implementationCode(), null, instant.name(), instant.itemType(),
                instant.exerciseLevel(), instant.department(), List.of(), instant.applicantKinds(), instant.handlingForms(),
                CaseKind.PROMISED, 0, 0, instant.fee(), instant.legalBasis(), null, instant.handledAt(), List.of(), instant.materials(), 0, null, List.of());
        assertTrue(ItemValidator.problems(wrong).stream().anyMatch(s -> s.contains("at least 1")));
    }
}
