package org.tongban.core.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Public lookups that cannot be walked: an address that has made {@code max} failed lookups within the window is
 * refused until the window has passed. In memory; a restart forgets it.
 */
public final class LookupLimit {

    private record Window(int failures, long startMs) {
    }

    private final int max;
    private final long windowMs;
    private final LongSupplier millis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public LookupLimit(int max, long windowMs, LongSupplier millis) {
        this.max = max;
        this.windowMs = windowMs;
        this.millis = millis;
    }

    /** Seconds until the address may look up again; 0 when it may now. */
    public long waitSeconds(String address) {
        Window w = windows.get(address);
        long now = millis.getAsLong();
        if (w == null || now - w.startMs() >= windowMs || w.failures() < max) {
            return 0;
        }
        return Math.max(1, (w.startMs() + windowMs - now + 999) / 1000);
    }

    /** The 429 problem for an address that must wait. */
    public static ProblemException tooMany(String what, long waitSeconds) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "too-many-lookups", "Too many lookups", 429,
                "too many " + what + " that matched nothing from this address: try again in " + (waitSeconds + 59) / 60
                + " minute(s)", null, Map.of("retryAfterSeconds", waitSeconds)));
    }

    public void failed(String address) {
        if (windows.size() > 100_000) {
            windows.clear();
        }
        long now = millis.getAsLong();
        windows.compute(address, (a, w) -> w == null || now - w.startMs() >= windowMs ? new Window(1, now)
                : new Window(w.failures() + 1, w.startMs()));
    }
}
