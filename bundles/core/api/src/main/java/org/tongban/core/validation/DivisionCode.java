package org.tongban.core.validation;

/**
 * Administrative division codes: 6 digits (GB/T 2260, province/city/county), 9 (township) or 12 (village),
 * the last two being the statistics bureau's extension.
 */
public final class DivisionCode {

    private DivisionCode() {
    }

    public static ValidationResult validate(String code) {
        if (code == null || !code.matches("\\d{6}|\\d{9}|\\d{12}")) {
            return ValidationResult.error(code, "a division code has 6, 9 or 12 digits");
        }
        if (code.startsWith("00") || code.substring(0, 2).compareTo("11") < 0 || code.substring(0, 2).compareTo("82") > 0) {
            return ValidationResult.error(code, "province part " + code.substring(0, 2) + " does not exist (11-82)");
        }
        return ValidationResult.ok(code);
    }

    /** Whether {@code code} is {@code ancestor} itself or lies under it (6-digit codes compare without trailing 00 pairs). */
    public static boolean isWithin(String code, String ancestor) {
        String prefix = ancestor.length() == 6 ? ancestor.replaceFirst("(00)+$", "") : ancestor;
        return code.startsWith(prefix);
    }
}
