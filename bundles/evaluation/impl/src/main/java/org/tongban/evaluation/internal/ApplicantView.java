package org.tongban.evaluation.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tongban.core.validation.MobileNumber;
import org.tongban.core.validation.ResidentId;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationAnswer;

/**
 * What the holder of an invitation code sees of a rectification task. A code travels by SMS, QR code and the hall's
 * tablet, so besides leaving the department's inner work out, an ID or mobile number written into the answer is
 * masked as lists mask them. Pure.
 */
final class ApplicantView {

    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    private ApplicantView() {
    }

    static RectificationAnswer of(Rectification r) {
        return new RectificationAnswer(r.status(), r.departmentName(), r.openedOn(), r.dueDate(), masked(r.answer()),
                r.applicantRating(), EvaluationRules.whyNoRating(r.status(), r.applicantRating()).isEmpty());
    }

    static String masked(String text) {
        if (text == null) {
            return null;
        }
        return replace(replace(text, RESIDENT_ID, true), MOBILE, false);
    }

    private static String replace(String text, Pattern p, boolean id) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(id ? ResidentId.mask(m.group()) : MobileNumber.mask(m.group())));
        }
        return m.appendTail(out).toString();
    }
}
