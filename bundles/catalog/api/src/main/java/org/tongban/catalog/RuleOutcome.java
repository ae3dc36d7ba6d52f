package org.tongban.catalog;

/** What a decision rule decides: approval (准予) or rejection (不予). */
public enum RuleOutcome {
    APPROVE, REJECT
}
