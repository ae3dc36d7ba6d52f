package org.tongban.core.rest;

import java.util.Map;

/**
 * An RFC 7807 problem body ({@code application/problem+json}). {@code type} is a URI naming the kind of problem;
 * {@code errors} optionally lists every fault of the request, so a client can show them all at once.
 */
public record Problem(String type, String title, int status, String detail, String instance, Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://tongban.org/problems/";

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(TYPE_BASE + kind, title, status, detail, null, Map.of());
    }
}
