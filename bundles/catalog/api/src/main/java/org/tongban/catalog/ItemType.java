package org.tongban.catalog;

/** Item type (事项类型, GB/T 39046 n2). */
public enum ItemType implements Codes {
    ADMINISTRATIVE_LICENCE("01"), PENALTY("02"), ENFORCEMENT("03"), LEVY("04"), BENEFIT_PAYMENT("05"),
    INSPECTION("06"), CONFIRMATION("07"), AWARD("08"), ADJUDICATION("09"), OTHER("10"), PUBLIC_SERVICE("20");

    private final String code;

    ItemType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
