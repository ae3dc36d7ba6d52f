package org.tongban.core;

import java.util.Locale;

/** Where a node sits in the four-level network (节点层级 市/县/乡/村), with the division-code length it uses. */
public enum NodeLevel {
    CITY(6), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int divisionCodeLength;

    NodeLevel(int divisionCodeLength) {
        this.divisionCodeLength = divisionCodeLength;
    }

    /** Digits of a division code at this level: 6 (GB/T 2260) for city and county, 9 township, 12 village. */
    public int divisionCodeLength() {
        return divisionCodeLength;
    }

    /** The feature that installs this level's profile. */
    public String profileFeature() {
        return "tongban-" + name().toLowerCase(Locale.ROOT);
    }

    /** Parses a level name in any case; rejects anything else with the list of valid names. */
    public static NodeLevel parse(String text) {
        if (text != null) {
            for (NodeLevel level : values()) {
                if (level.name().equalsIgnoreCase(text.trim())) {
                    return level;
                }
            }
        }
        throw new IllegalArgumentException("level must be one of city, county, township, village; got '" + text + "'");
    }
}
