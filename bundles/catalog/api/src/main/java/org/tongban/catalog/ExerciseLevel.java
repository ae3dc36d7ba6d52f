package org.tongban.catalog;

/** The level that exercises the item (行使层级, GB/T 39046 n1). */
public enum ExerciseLevel implements Codes {
    NATIONAL("1"), PROVINCIAL("2"), CITY("3"), COUNTY("4"), TOWNSHIP("5"), VILLAGE("6"), GRADED("7");

    private final String code;

    ExerciseLevel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
