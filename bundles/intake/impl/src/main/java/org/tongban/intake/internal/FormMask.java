package org.tongban.intake.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tongban.core.validation.MobileNumber;
import org.tongban.core.validation.ResidentId;

/**
 * The one form as staff and the applicant see it: every resident ID number, credit code and phone number in it (a value
 * of its own or inside a text, at any depth) masked the way the case view masks the applicant's ID. Pure logic.
 */
final class FormMask {

    /** An 18-character ID: a resident ID (17 digits and a check character) or a unified social credit code. */
    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Za-z])");
    /** A mainland mobile number, or a fixed line with its area code (0536-1234567). */
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})(?!\\d)");

    private FormMask() {
    }

    static Map<String, Object> mask(Map<String, Object> form) {
        Map<String, Object> out = new LinkedHashMap<>();
        form.forEach((k, v) -> out.put(k, value(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object v) {
        if (v instanceof Map<?, ?> m) {
            return mask((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(value(x)));
            return out;
        }
        if (v instanceof String s) {
            return text(s);
        }
        if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) {
            // A phone typed as a JSON number is still a phone.
            String digits = n.toString();
            String masked = text(digits);
            return masked.equals(digits) ? v : masked;
        }
        return v;
    }

    static String text(String s) {
        return replace(replace(s, ID, ResidentId::mask), PHONE, FormMask::phone);
    }

    private static String phone(String p) {
        return p.startsWith("1") ? MobileNumber.mask(p) : p.substring(0, p.length() - 4).replaceAll("\\d", "*") + p.substring(p.length() - 4);
    }

    private static String replace(String s, Pattern p, java.util.function.UnaryOperator<String> how) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(how.apply(m.group(1))));
        }
        return m.appendTail(out).toString();
    }
}
