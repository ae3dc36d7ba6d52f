package org.tongban.core.internal.security;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new password must be (等保 level 3 practice): at least 10 characters of at least three of the four classes
 * (upper case, lower case, digits, others), and not the user's name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** Every way the password falls short; empty when it will do. */
    public static List<String> problems(String user, char[] password) {
        List<String> out = new ArrayList<>();
        String p = new String(password);
        if (p.length() < MIN_LENGTH) {
            out.add("at least " + MIN_LENGTH + " characters (it has " + p.length() + ")");
        }
        int classes = (p.chars().anyMatch(Character::isUpperCase) ? 1 : 0) + (p.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (p.chars().anyMatch(Character::isDigit) ? 1 : 0) + (p.chars().anyMatch(ch -> !Character.isLetterOrDigit(ch)) ? 1 : 0);
        if (classes < 3) {
            out.add("at least three of: upper case, lower case, digits, other characters (it has " + classes + ")");
        }
        if (user != null && !user.isBlank() && p.toLowerCase().contains(user.toLowerCase())) {
            out.add("not the account's name");
        }
        return out;
    }
}
