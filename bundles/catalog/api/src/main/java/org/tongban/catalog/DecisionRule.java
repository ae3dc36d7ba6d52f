package org.tongban.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

/**
 * A declared rule of an instant item (即办件): a condition on one field of the application's form and the outcome
 * it decides. Rules are tried in order and the first whose condition holds decides the case, so a decision always
 * names its rule; when none holds, the case goes to a person.
 */
public record DecisionRule(String id, String description, String field, RuleOperator operator, String value,
                           RuleOutcome outcome) {

    /** Whether the condition holds for this form. A numeric comparison with a non-numeric value does not hold. */
    public boolean holds(Map<String, Object> form) {
        Object raw = form.get(field);
        String actual = raw == null ? null : raw.toString().trim();
        boolean present = actual != null && !actual.isEmpty();
        return switch (operator) {
            case PRESENT -> present;
            case ABSENT -> !present;
            case EQUALS -> present && actual.equals(value);
            case NOT_EQUALS -> !present || !actual.equals(value);
            case IN -> present && Arrays.stream(value.split(",")).map(String::trim).anyMatch(actual::equals);
            case AT_LEAST -> present && compare(actual) >= 0;
            case AT_MOST -> present && compare(actual) <= 0;
        };
    }

    private int compare(String actual) {
        try {
            return new BigDecimal(actual).compareTo(new BigDecimal(value.trim()));
        } catch (NumberFormatException e) {
            return operator == RuleOperator.AT_LEAST ? -1 : 1; // never holds
        }
    }
}
