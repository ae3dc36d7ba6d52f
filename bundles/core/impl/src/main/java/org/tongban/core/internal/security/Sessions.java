package org.tongban.core.internal.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.tongban.core.security.Caller;

/**
 * Browser sessions of the hall's pages: a random id (the HttpOnly cookie) and a CSRF token (sent back in a header on
 * every change), ending after an idle period, after an absolute lifetime, at logout, or when the account changes.
 * Held in memory: a restart logs the hall out, which costs a login and keeps no session on disk.
 */
public final class Sessions {

    /** A session: its cookie id, the token a change must carry, who, and when it was opened and last used. */
    public record Session(String id, String csrfToken, Caller caller, long openedMs, long lastMs) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_PER_USER = 20;
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final long idleMs;
    private final long lifetimeMs;
    private final LongSupplier clock;

    public Sessions(long idleMs, long lifetimeMs, LongSupplier clock) {
        this.idleMs = idleMs;
        this.lifetimeMs = lifetimeMs;
        this.clock = clock;
    }

    public Session open(Caller caller) {
        purge();
        // A script logging in over and over must not fill the memory: the user's oldest sessions go first.
        byId.values().stream().filter(s -> s.caller().user().equals(caller.user()))
                .sorted(java.util.Comparator.comparingLong(Session::lastMs).reversed()).skip(MAX_PER_USER - 1)
                .forEach(s -> byId.remove(s.id()));
        long now = clock.getAsLong();
        Session s = new Session(token(), token(), caller, now, now);
        byId.put(s.id(), s);
        return s;
    }

    /** The live session of a cookie value, touched; empty for an unknown, idle or expired one. */
    public Optional<Session> use(String id) {
        if (id == null || id.length() != 43) {
            return Optional.empty();
        }
        long now = clock.getAsLong();
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (now - s.lastMs() > idleMs || now - s.openedMs() > lifetimeMs) {
            byId.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(s.id(), s.csrfToken(), s.caller(), s.openedMs(), now);
        byId.put(id, touched);
        return Optional.of(touched);
    }

    public void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** Ends every session of a user (their account was disabled, or a password changed). */
    public void closeAll(String user) {
        byId.values().removeIf(s -> s.caller().user().equals(user));
    }

    public long idleSeconds() {
        return idleMs / 1000;
    }

    private void purge() {
        long now = clock.getAsLong();
        byId.values().removeIf(s -> now - s.lastMs() > idleMs || now - s.openedMs() > lifetimeMs);
    }

    /** 256 random bits, URL-safe: 43 characters. */
    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
