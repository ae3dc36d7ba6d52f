package org.tongban.catalog;

/** Who may apply (申请人类型, GB/T 39046). */
public enum ApplicantKind implements Codes {
    NATURAL_PERSON("1"), ENTERPRISE("2"), PUBLIC_INSTITUTION("3"), SOCIAL_ORGANISATION("4"), GOVERNMENT_BODY("5"), OTHER("6");

    private final String code;

    ApplicantKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
