package org.tongban.evaluation;

/**
 * The five levels of GB/T 39734. The bottom two are bad reviews (差评). Counterparties number the levels in opposite
 * directions, so the code carries this enum and maps at the boundary with {@link CodeDirection}, never a raw number.
 */
public enum Satisfaction {
    VERY_SATISFIED("非常满意"), SATISFIED("满意"), BASIC("基本满意"), DISSATISFIED("不满意"), VERY_DISSATISFIED("非常不满意");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    /** The Chinese label applicants see. */
    public String label() {
        return label;
    }

    /** A bad review (差评): it opens a rectification task. */
    public boolean bad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
