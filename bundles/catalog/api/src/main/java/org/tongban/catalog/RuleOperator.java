package org.tongban.catalog;

/** How a {@link DecisionRule} compares a form field with its value; AT_LEAST and AT_MOST compare numbers. */
public enum RuleOperator {
    PRESENT, ABSENT, EQUALS, NOT_EQUALS, IN, AT_LEAST, AT_MOST;

    /** Whether the operator needs a value to compare with. */
    public boolean needsValue() {
        return this != PRESENT && this != ABSENT;
    }
}
