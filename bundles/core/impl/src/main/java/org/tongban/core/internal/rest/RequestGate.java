package org.tongban.core.internal.rest;

import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Holds the requests for a path whose resource is being replaced. When a capability's bundle is updated its resource
 * leaves and the new one arrives a moment later; a request in between would find no resource. The path is marked
 * departed when its resource leaves: requests for it wait here (at most {@link #HOLD_MILLIS}) until a resource is
 * published at it again, then go on to it. Requests for every other path never wait.
 */
@Component(service = RequestGate.class)
public class RequestGate {

    /** How long a request waits for its path's resource to come back, and how long a departed path is held. */
    static final long HOLD_MILLIS = 10_000;

    /** Departed resource paths (e.g. {@code v1/evaluations}) and until when requests for them are held. */
    private final Map<String, Long> departed = new HashMap<>();

    /** Marks a resource path departed: its requests wait until it is published again, or the hold runs out. */
    public synchronized void depart(String path) {
        departed.put(path, System.currentTimeMillis() + HOLD_MILLIS);
    }

    /** A resource is serving at the path: the requests held for it go on. */
    public synchronized void arrived(String path) {
        if (departed.remove(path) != null) {
            notifyAll();
        }
    }

    /** Whether a replacement is under way: some path departed and not yet back, within its hold. */
    public synchronized boolean updating() {
        expire(System.currentTimeMillis());
        return !departed.isEmpty();
    }

    /** The paths held now. */
    public synchronized java.util.Set<String> held() {
        expire(System.currentTimeMillis());
        return java.util.Set.copyOf(departed.keySet());
    }

    /**
     * Waits while the request's path (below {@code /api/}) lies under a departed resource path, at most until that
     * path's hold ends. Returns at once for every other path.
     */
    public void await(String apiPath) throws InterruptedException {
        synchronized (this) {
            if (departed.isEmpty()) {
                return;
            }
            long now = System.currentTimeMillis();
            for (;;) {
                expire(now);
                Long until = holding(apiPath);
                if (until == null) {
                    return;
                }
                wait(Math.max(1, until - now));
                now = System.currentTimeMillis();
            }
        }
    }

    private Long holding(String apiPath) {
        Long until = null;
        for (Map.Entry<String, Long> d : departed.entrySet()) {
            String p = d.getKey();
            if (apiPath.equals(p) || apiPath.startsWith(p + "/")) {
                until = until == null ? d.getValue() : Math.max(until, d.getValue());
            }
        }
        return until;
    }

    private void expire(long now) {
        departed.values().removeIf(until -> until <= now);
    }
}
