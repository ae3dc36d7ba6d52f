package org.tongban.core.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tongban.core.fault.Conflict;
import org.tongban.core.fault.Fault;
import org.tongban.core.fault.Forbidden;
import org.tongban.core.fault.Invalid;
import org.tongban.core.fault.NotFound;
import org.tongban.core.fault.Unavailable;
import org.tongban.core.fault.Unprocessable;

/** The one place a domain fault becomes an HTTP status and a problem body. */
public final class FaultProblems {

    private FaultProblems() {
    }

    public static Problem problem(Fault f) {
        Map<String, Object> ext = new LinkedHashMap<>(f.extensions());
        if (f instanceof Invalid i && !i.errors().isEmpty()) {
            ext.put("errors", i.errors());
        }
        return new Problem(Problem.TYPE_BASE + f.code(), title(f), status(f), f.detail(), null, ext);
    }

    public static int status(Fault f) {
        if (f instanceof Invalid) {
            return 400;
        } else if (f instanceof Forbidden) {
            return 403;
        } else if (f instanceof NotFound) {
            return 404;
        } else if (f instanceof Conflict) {
            return 409;
        } else if (f instanceof Unprocessable) {
            return 422;
        }
        return 503;   // Unavailable, the last of the sealed kinds
    }

    private static String title(Fault f) {
        if (f instanceof Invalid) {
            return f.code().equals("invalid") ? "Invalid input" : "Bad request";
        } else if (f instanceof Unprocessable) {
            return "Unprocessable";
        }
        String words = f.code().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
