package org.tongban.evaluation.internal;

import org.tongban.core.fault.Fault;
import org.tongban.core.text.Text;

/** The checks and tidying of what callers hand the use cases of 好差评. */
final class Inputs {

    private Inputs() {
    }

    static String required(String v, String name) {
        if (Text.blank(v)) {
            throw Fault.invalid(name + " is required");
        }
        return v.trim();
    }

    /** A free text a step needs, trimmed and at most {@link EvaluationRules#MAX_TEXT} long; {@code what} says what it holds. */
    static String text(String v, String name, String what) {
        if (Text.blank(v)) {
            throw Fault.invalid(name + " is required: " + what);
        }
        if (v.length() > EvaluationRules.MAX_TEXT) {
            throw Fault.invalid(name + " is at most " + EvaluationRules.MAX_TEXT + " characters");
        }
        return v.trim();
    }

    static String blankToNull(String v) {
        return Text.blank(v) ? null : v.trim();
    }

    static String upper(String v) {
        return Text.blank(v) ? null : v.trim().toUpperCase();
    }

    static int limit(int limit) {
        return Math.max(1, Math.min(limit, 1000));
    }
}
