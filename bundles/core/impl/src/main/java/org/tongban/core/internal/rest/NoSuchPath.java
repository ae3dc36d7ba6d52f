package org.tongban.core.internal.rest;

import javax.annotation.Priority;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

/**
 * The server at {@code /api/} itself, behind every resource's own: what no resource's path takes (an unknown path,
 * a capability not installed) is answered here as a 404 problem, as every other answer of the API is.
 */
@Path("/")
public class NoSuchPath {

    @GET
    public String none() {
        throw new IllegalStateException("answered by the filter");
    }

    /** Answers every request before matching. */
    @PreMatching
    @Priority(1)
    static final class Answer implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            request.abortWith(Problems.response(404, "not-found", "Not found",
                    "no resource at this path on this node (is the capability installed?)"));
        }
    }
}
