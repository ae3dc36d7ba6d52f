package org.tongban.core.validation;

/** Mainland mobile numbers: 1[3-9] followed by 9 digits. */
public final class MobileNumber {

    private MobileNumber() {
    }

    public static ValidationResult validate(String number) {
        if (number == null || !number.matches("1[3-9]\\d{9}")) {
            return ValidationResult.error(number, "a mobile number is 11 digits starting 13-19");
        }
        return ValidationResult.ok(number);
    }

    /** Keeps the first 3 and last 4 digits, for lists and logs. */
    public static String mask(String number) {
        if (number == null || number.length() < 7) {
            return "****";
        }
        return number.substring(0, 3) + "****" + number.substring(number.length() - 4);
    }
}
