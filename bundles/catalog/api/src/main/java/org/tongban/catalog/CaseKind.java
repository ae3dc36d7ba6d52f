package org.tongban.catalog;

/** Instant items (即办件) are decided at once by rule; promised items (承诺件) within the promised limit. */
public enum CaseKind implements Codes {
    INSTANT("1"), PROMISED("2");

    private final String code;

    CaseKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
