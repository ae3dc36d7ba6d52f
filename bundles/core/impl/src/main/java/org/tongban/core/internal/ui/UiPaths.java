package org.tongban.core.internal.ui;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which request paths below {@code /ui/} name a file, and what type it is served as. Only plain names of the types a
 * page needs are served: no empty or dot segment (no {@code ..}, no hidden files), no backslash or encoded separator,
 * so a request never leaves the module's folder, and a folder is never listed.
 */
public final class UiPaths {

    /** The id of core's own shell below {@code /ui/}; no module may take it. */
    public static final String SHELL = "shell";

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("json", "application/json;charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain;charset=utf-8"));

    private UiPaths() {
    }

    /** A module id and a file within it, from a path below {@code /ui/}. */
    public record Target(String module, String file) {
    }

    /** The module and file a path below {@code /ui/} names ({@code intake/clerk.js}), or null when it names none. */
    public static Target target(String path) {
        if (path == null) {
            return null;
        }
        int slash = path.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        String module = path.substring(0, slash);
        String file = file(path.substring(slash + 1));
        return SEGMENT.matcher(module).matches() && file != null ? new Target(module, file) : null;
    }

    /** The file path if it is a safe relative path of a served type, else null. */
    public static String file(String path) {
        if (path == null || path.isEmpty() || path.length() > 300) {
            return null;
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return null;
            }
        }
        return contentType(path) == null ? null : path;
    }

    /** The content type a file is served as, by its extension; null for a type not served. */
    public static String contentType(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(file.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
