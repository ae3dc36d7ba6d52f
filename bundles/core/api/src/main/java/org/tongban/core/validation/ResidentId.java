package org.tongban.core.validation;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Resident identity number (居民身份证号码, GB 11643): 17 digits, a birth date that exists, and a check character. */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentId() {
    }

    public static ValidationResult validate(String id) {
        if (id == null || id.length() != 18) {
            return ValidationResult.error(id, "a resident ID has 18 characters, got " + (id == null ? 0 : id.length()));
        }
        String upper = id.toUpperCase();
        if (!upper.matches("\\d{17}[0-9X]")) {
            return ValidationResult.error(id, "a resident ID is 17 digits followed by a digit or X");
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(upper.substring(6, 10)),
                    Integer.parseInt(upper.substring(10, 12)), Integer.parseInt(upper.substring(12, 14)));
            if (birth.getYear() < 1800) {
                return ValidationResult.error(id, "birth date " + birth + " is impossible");
            }
        } catch (DateTimeException e) {
            return ValidationResult.error(id, "birth date " + upper.substring(6, 14) + " does not exist");
        }
        char expected = checkCharacter(upper.substring(0, 17));
        if (upper.charAt(17) != expected) {
            return ValidationResult.error(id, "check character should be " + expected + ", got " + upper.charAt(17));
        }
        return ValidationResult.ok(id);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Masks all but the first 6 and last 4 characters, for lists and logs. */
    public static String mask(String id) {
        if (id == null || id.length() < 10) {
            return "****";
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
