package org.tongban.intake.internal;

import java.security.SecureRandom;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * Query codes (查询码): 10 characters of an alphabet without look-alikes (no 0/O, 1/I/L), about 49 bits, from a
 * secure random source; typed back case-insensitively, spaces and dashes ignored, compared in constant time.
 */
final class QueryCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 10;

    private QueryCodes() {
    }

    static String next() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase();
    }

    static boolean matches(String stored, String typed) {
        return stored != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                normalise(typed).getBytes(StandardCharsets.US_ASCII));
    }
}
