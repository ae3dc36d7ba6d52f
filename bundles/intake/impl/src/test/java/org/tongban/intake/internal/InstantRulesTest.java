package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.RuleOperator;
import org.tongban.catalog.RuleOutcome;
import org.tongban.catalog.ServiceItem;

class InstantRulesTest {

    private static final DecisionRule TOO_YOUNG = new DecisionRule("R1", "未满18周岁不予办理", "age", RuleOperator.AT_MOST, "17",
            RuleOutcome.REJECT);
    private static final DecisionRule LOCAL = new DecisionRule("R2", "本市户籍或居住证", "residence", RuleOperator.IN, "本市户籍, 居住证",
            RuleOutcome.APPROVE);

    private static ServiceItem withRules(DecisionRule... rules) {
        ServiceItem i = Items.food(CaseKind.INSTANT);
        return new ServiceItem(i.implementationCode(), i.baseCode(), i.name(), i.itemType(), i.exerciseLevel(), i.department(),
                i.jointDepartments(), i.applicantKinds(), i.handlingForms(), i.caseKind(), i.statutoryLimitDays(),
                i.promisedLimitDays(), i.fee(), i.legalBasis(), i.conditions(), i.handledAt(), i.intermediaryServices(),
                i.materials(), 0, i.resultName(), List.of(rules));
    }

    @Test
    void theFirstRuleThatHoldsDecidesAndIsNamed() {
        ServiceItem item = withRules(TOO_YOUNG, LOCAL);
        assertEquals("R1", InstantRules.decide(item, Map.of("age", 16, "residence", "本市户籍")).orElseThrow().id());
        assertEquals("R2", InstantRules.decide(item, Map.of("age", "30", "residence", "居住证")).orElseThrow().id());
        assertEquals("R2 本市户籍或居住证", InstantRules.describe(LOCAL));
    }

    @Test
    void whenNoDeclaredRuleHoldsAPersonDecides() {
        assertTrue(InstantRules.decide(withRules(TOO_YOUNG, LOCAL), Map.of("age", 30, "residence", "外地")).isEmpty());
        assertTrue(InstantRules.decide(withRules(TOO_YOUNG), Map.of()).isEmpty(), "a missing field satisfies no comparison");
    }

    @Test
    void anItemWithoutRulesIsGrantedOnACompleteApplication() {
        assertEquals(InstantRules.COMPLETE_APPLICATION, InstantRules.decide(withRules(), Map.of()).orElseThrow());
    }

    @Test
    void operators() {
        Map<String, Object> form = Map.of("months", "12", "name", "张三", "blank", " ");
        assertTrue(rule("months", RuleOperator.AT_LEAST, "12").holds(form));
        assertFalse(rule("months", RuleOperator.AT_LEAST, "12.5").holds(form));
        assertTrue(rule("months", RuleOperator.AT_MOST, "12").holds(form));
        assertFalse(rule("name", RuleOperator.AT_LEAST, "1").holds(form), "not a number: never holds");
        assertTrue(rule("name", RuleOperator.EQUALS, "张三").holds(form));
        assertTrue(rule("name", RuleOperator.NOT_EQUALS, "李四").holds(form));
        assertTrue(rule("other", RuleOperator.NOT_EQUALS, "李四").holds(form));
        assertTrue(rule("name", RuleOperator.PRESENT, null).holds(form));
        assertTrue(rule("blank", RuleOperator.ABSENT, null).holds(form), "blank counts as absent");
        assertFalse(rule("name", RuleOperator.IN, "李四,王五").holds(form));
    }

    private static DecisionRule rule(String field, RuleOperator op, String value) {
        return new DecisionRule("T", "test", field, op, value, RuleOutcome.APPROVE);
    }
}
