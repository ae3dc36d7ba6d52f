package org.tongban.core.internal.rest;

import java.util.concurrent.atomic.AtomicInteger;
import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

/**
 * Counts the requests inside one resource's server, so the resource is taken down only once those it is serving have
 * their answers (a bundle update lets its in-flight requests finish on the old bundle).
 */
@Priority(1)
final class InFlight implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String COUNTED = "tongban.inflight";
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void filter(ContainerRequestContext request) {
        count.incrementAndGet();
        request.setProperty(COUNTED, Boolean.TRUE);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(COUNTED) != null) {
            request.removeProperty(COUNTED);
            count.decrementAndGet();
        }
    }

    /** Waits until no request is inside, at most {@code millis}; true when drained. */
    boolean drain(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (count.get() > 0) {
            if (System.currentTimeMillis() >= until) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }
}
