package org.tongban.intermediary.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Draws anyone can recompute: every random choice is SHA-256 of the project's seed and a label, read as unsigned
 * numbers and reduced without modulo bias (rejection sampling). The seed is drawn when the project is posted and only
 * its hash is published then, so nobody can pick a seed after seeing who registered. Pure, apart from {@link #newSeed}.
 */
public final class Draws {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Draws() {
    }

    /** A fresh seed: 32 random bytes, hex. */
    public static String newSeed() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The commitment published with the project: SHA-256 of the seed's text, hex. */
    public static String commitment(String seed) {
        return HexFormat.of().formatHex(sha256(seed));
    }

    /** An index in [0, n) for the label: the first 63-bit value of SHA-256(seed|label#k), k = 0, 1… below the largest multiple of n. */
    public static int index(String seed, String label, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("nothing to draw from");
        }
        long bound = Long.MAX_VALUE - Long.MAX_VALUE % n;
        for (int k = 0; ; k++) {
            ByteBuffer h = ByteBuffer.wrap(sha256(seed + "|" + label + "#" + k));
            for (int i = 0; i < 4; i++) {
                long v = h.getLong() & Long.MAX_VALUE;
                if (v < bound) {
                    return (int) (v % n);
                }
            }
        }
    }

    /** {@code k} distinct elements drawn one after another (labels label:0, label:1…), in draw order. */
    public static <T> List<T> sample(String seed, String label, List<T> from, int k) {
        List<T> left = new ArrayList<>(from);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < k && !left.isEmpty(); i++) {
            out.add(left.remove(index(seed, label + ":" + i, left.size())));
        }
        return out;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
