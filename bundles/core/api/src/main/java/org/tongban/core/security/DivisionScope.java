package org.tongban.core.security;

/**
 * The codes below a division share a prefix: a province's 6-digit code ends in 0000 and a city's in 00 (GB/T 2260),
 * a county's has none of those, and townships (9 digits) and villages (12) extend the code of what they belong to.
 */
public final class DivisionScope {

    private DivisionScope() {
    }

    /** The prefix of a division's code that every code below it starts with. */
    public static String prefix(String division) {
        String d = division.trim();
        if (d.length() == 6 && d.endsWith("0000")) {
            return d.substring(0, 2);
        }
        if (d.length() == 6 && d.endsWith("00")) {
            return d.substring(0, 4);
        }
        return d;
    }
}
