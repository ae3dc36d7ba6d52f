package org.tongban.core.rest;

import java.util.List;
import java.util.Map;

/** A domain or request error that becomes an RFC 7807 problem response with its status. */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "bad-request", "Bad request", detail));
    }

    /** A 400 listing every fault under {@code errors}. */
    public static ProblemException invalid(String detail, List<String> errors) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "invalid", "Invalid input", 400, detail, null,
                Map.of("errors", List.copyOf(errors))));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
    }

    /** The caller may see the object but not do this to it (an object out of scope is {@link #notFound} instead). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail));
    }

    public static ProblemException unprocessable(String kind, String detail) {
        return new ProblemException(Problem.of(422, kind, "Unprocessable", detail));
    }
}
