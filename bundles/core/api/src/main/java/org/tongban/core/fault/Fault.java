package org.tongban.core.fault;

import java.util.List;
import java.util.Map;

/**
 * Why a use case refused, in the domain's words and without HTTP: services throw these, and core maps them to RFC 7807
 * problems in one place ({@code org.tongban.core.rest.FaultProblems}), so a shell command, a Camel route or a test sees
 * the same fault a REST client does. {@link #code()} names the kind for machines ("illegal-transition",
 * "not-qualified"); the message says what to fix; {@link #extensions()} carries any figures a client needs.
 */
public abstract sealed class Fault extends RuntimeException
        permits NotFound, Conflict, Invalid, Forbidden, Unprocessable, Unavailable {

    private static final long serialVersionUID = 1L;
    private final String code;
    private final transient Map<String, Object> extensions;

    protected Fault(String code, String detail, Map<String, Object> extensions) {
        super(detail);
        this.code = code;
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** The kind of refusal, stable for clients: the last part of the problem's type. */
    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    /** A request that is wrong in one way the message names. */
    public static Invalid invalid(String detail) {
        return new Invalid(detail, List.of());
    }

    /** A request wrong in several ways, every one listed so a form can show them all at once. */
    public static Invalid invalid(String detail, List<String> errors) {
        return new Invalid(detail, errors);
    }

    /** No such object, or none the caller may see (an object out of scope is not found, not forbidden). */
    public static NotFound notFound(String detail) {
        return new NotFound("not-found", detail);
    }

    /** The caller may see the object but not do this to it. */
    public static Forbidden forbidden(String detail) {
        return new Forbidden(detail);
    }

    /** The object's state does not allow this now (a second claim, a closed project). */
    public static Conflict conflict(String detail) {
        return new Conflict("conflict", detail);
    }

    /** Well-formed, but the rules of the field refuse it; {@code code} says which rule. */
    public static Unprocessable unprocessable(String code, String detail) {
        return new Unprocessable(code, detail, Map.of());
    }

    public static Unprocessable unprocessable(String code, String detail, Map<String, Object> extensions) {
        return new Unprocessable(code, detail, extensions);
    }
}
