package org.tongban.core.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.core.Response;
import org.tongban.core.rest.Problem;

/** Turns a {@link Problem} into its RFC 7807 response: members in the RFC's order, extensions after them. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(body(p)).build();
    }

    public static Response response(int status, String kind, String title, String detail) {
        return response(Problem.of(status, kind, title, detail));
    }

    public static Map<String, Object> body(Problem p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", p.type());
        body.put("title", p.title());
        body.put("status", p.status());
        if (p.detail() != null) {
            body.put("detail", p.detail());
        }
        if (p.instance() != null) {
            body.put("instance", p.instance());
        }
        p.extensions().forEach(body::putIfAbsent);
        return body;
    }

    /** The answer to a login while its account or address is locked: 429 with Retry-After. */
    static Response loginLocked(java.time.Instant until) {
        long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), until).toSeconds());
        return Response.fromResponse(response(429, "login-locked", "Too many failed logins",
                "too many failed logins for this account or from this address: try again in " + (seconds + 59) / 60
                + " minute(s)")).header(javax.ws.rs.core.HttpHeaders.RETRY_AFTER, seconds).build();
    }
}
