package org.tongban.core.validation;

/**
 * Unified social credit code (统一社会信用代码, GB 32100): 18 characters from 0-9A-Z without I, O, Z, S, V.
 * A wrong length or alphabet rejects; a failed checksum only warns, since a few early codes in circulation fail it.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static ValidationResult validate(String code) {
        if (code == null || code.length() != 18) {
            return ValidationResult.error(code, "a credit code has 18 characters, got " + (code == null ? 0 : code.length()));
        }
        String upper = code.toUpperCase();
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(upper.charAt(i)) < 0) {
                return ValidationResult.error(code, "character " + (i + 1) + " ('" + upper.charAt(i)
                        + "') is not allowed: 0-9 and A-Z without I, O, Z, S, V");
            }
        }
        char expected = checkCharacter(upper.substring(0, 17));
        if (upper.charAt(17) != expected) {
            return ValidationResult.warning(code, "checksum fails (expected " + expected + "); accepted as an early code");
        }
        return ValidationResult.ok(code);
    }

    /** The check character for the first 17 characters (weights 3^i mod 31). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
