package org.tongban.core.internal.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows guessing down: after {@code maxFailures} failed logins in a row an account is locked for a while, and so is
 * an address after {@code maxAddressFailures} within that while; a good login clears the account's count. A locked
 * name is refused whether or not it exists, so the lock reveals nothing. Kept in memory: a restart forgets it.
 */
public final class LoginThrottle {

    private static final int MAX_KEYS = 100_000;

    private record Count(int failures, long firstMs, long lockedUntilMs) {
    }

    /** What a failure did: the account or address it locked, until when. */
    public record Locked(String what, Instant until) {
    }

    private final int maxFailures;
    private final int maxAddressFailures;
    private final long lockMs;
    private final LongSupplier millis;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, int maxAddressFailures, int lockMinutes, LongSupplier millis) {
        this.maxFailures = Math.max(1, maxFailures);
        this.maxAddressFailures = Math.max(1, maxAddressFailures);
        this.lockMs = Math.max(1, lockMinutes) * 60_000L;
        this.millis = millis;
    }

    /** Until when the account or the address is locked, if it is. */
    public Optional<Instant> lockedUntil(String user, String address) {
        long now = millis.getAsLong();
        long until = Math.max(until("u:" + user, now), address == null ? 0 : until("a:" + address, now));
        return until > now ? Optional.of(Instant.ofEpochMilli(until)) : Optional.empty();
    }

    /** Counts a failed login; what it locked, if the count reached the limit. */
    public Optional<Locked> failed(String user, String address) {
        if (counts.size() > MAX_KEYS) {
            counts.clear();   // a flood of names must not exhaust memory; the locks of the moment go with it
        }
        Optional<Locked> locked = count("u:" + user, maxFailures, "account " + user);
        Optional<Locked> byAddress = address == null ? Optional.empty() : count("a:" + address, maxAddressFailures, "address " + address);
        return locked.isPresent() ? locked : byAddress;
    }

    public void succeeded(String user) {
        counts.remove("u:" + user);
    }

    private long until(String key, long now) {
        Count c = counts.get(key);
        return c == null ? 0 : c.lockedUntilMs();
    }

    private Optional<Locked> count(String key, int max, String what) {
        long now = millis.getAsLong();
        Count c = counts.compute(key, (k, old) -> {
            Count fresh = old == null || now - old.firstMs() > lockMs && old.lockedUntilMs() < now ? new Count(0, now, 0) : old;
            int n = fresh.failures() + 1;
            return new Count(n, fresh.firstMs(), n >= max ? now + lockMs : fresh.lockedUntilMs());
        });
        return c.failures() == max ? Optional.of(new Locked(what, Instant.ofEpochMilli(c.lockedUntilMs()))) : Optional.empty();
    }
}
