package org.tongban.catalog;

/** How an item can be handled (办理形式, GB/T 39046). */
public enum HandlingForm implements Codes {
    WINDOW("1"), ONLINE_PC("2"), MOBILE("3"), POST("4"), OTHER("9");

    private final String code;

    HandlingForm(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
