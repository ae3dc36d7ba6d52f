package org.tongban.intake.internal;

import java.util.Map;
import java.util.Optional;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.RuleOperator;
import org.tongban.catalog.RuleOutcome;
import org.tongban.catalog.ServiceItem;

/**
 * An instant item's decision with no human step: its declared rules are tried in order and the first that holds
 * decides, named. An item that declares none is decided by the implicit rule that a complete application in legal
 * form is granted on the spot (当场办结). When rules are declared and none holds, nothing is decided: a person must
 * look at the case. Pure logic.
 */
public final class InstantRules {

    static final DecisionRule COMPLETE_APPLICATION = new DecisionRule("complete-application",
            "材料齐全、符合法定形式，当场办结", "-", RuleOperator.ABSENT, null, RuleOutcome.APPROVE);

    private InstantRules() {
    }

    public static Optional<DecisionRule> decide(ServiceItem item, Map<String, Object> form) {
        if (item.decisionRules().isEmpty()) {
            return Optional.of(COMPLETE_APPLICATION);
        }
        return item.decisionRules().stream().filter(r -> r.holds(form)).findFirst();
    }

    /** How a decision names its rule in the case and its timeline. */
    public static String describe(DecisionRule rule) {
        return rule.id() + " " + rule.description();
    }
}
