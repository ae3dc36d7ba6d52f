package org.tongban.evaluation;

/**
 * How a counterparty numbers the five levels. GB/T 39046 counts 1 = very satisfied; several provincial interfaces count
 * 1 = very dissatisfied. Each adapter names the direction its counterparty expects.
 */
public enum CodeDirection {
    /** 1 = 非常满意 … 5 = 非常不满意 (GB/T 39046). */
    SATISFIED_FIRST,
    /** 1 = 非常不满意 … 5 = 非常满意 (several provincial interfaces). */
    DISSATISFIED_FIRST;

    public int code(Satisfaction level) {
        int i = level.ordinal() + 1;
        return this == SATISFIED_FIRST ? i : 6 - i;
    }

    /** @throws IllegalArgumentException for a code outside 1–5 */
    public Satisfaction level(int code) {
        if (code < 1 || code > 5) {
            throw new IllegalArgumentException("a satisfaction code is 1 to 5, not " + code);
        }
        return Satisfaction.values()[this == SATISFIED_FIRST ? code - 1 : 5 - code];
    }
}
