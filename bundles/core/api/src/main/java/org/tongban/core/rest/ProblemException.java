package org.tongban.core.rest;

/**
 * An answer only HTTP has (401 without a session, 413 too large, 429 too many, a 422 carrying a whole import report):
 * thrown by resources and the REST layer. Services throw {@link org.tongban.core.fault.Fault}s instead.
 */
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
}
