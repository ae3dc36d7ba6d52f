package org.tongban.intake;

/**
 * Which cases a reader of intake's figures sees: those whose division code starts with {@code prefix}; the empty prefix
 * is the whole node (and then also cases without a division).
 */
public record CaseScope(String prefix) {

    /** Every case of the node. */
    public static final CaseScope WHOLE_NODE = new CaseScope("");

    public CaseScope {
        prefix = prefix == null ? "" : prefix;
    }

    public boolean wholeNode() {
        return prefix.isEmpty();
    }
}
