package org.tongban.core.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tongban.core.fault.Fault;

/** Small text rules every capability applies the same way. */
public final class Text {

    private Text() {
    }

    /** Null, empty or only white space. */
    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * A request's enum value, case-insensitive and trimmed ({@code status=accepted}); null or blank is null. Anything
     * else is an invalid-input fault naming the parameter and every value it takes.
     */
    public static <E extends Enum<E>> E option(Class<E> type, String value, String parameter) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw Fault.invalid(parameter + " is one of " + values(type) + ", not " + shorten(value));
        }
    }

    /** The values of an enum as a request writes them: "ACCEPTED, DEFICIENT, …". */
    public static String values(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String shorten(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
