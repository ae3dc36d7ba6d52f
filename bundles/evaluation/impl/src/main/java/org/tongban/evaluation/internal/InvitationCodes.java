package org.tongban.evaluation.internal;

import java.security.SecureRandom;

/**
 * Invitation codes: 12 symbols of an alphabet without look-alikes (0/O, 1/I/L), 60 bits, so a code read out at the
 * window or typed from an SMS is unambiguous and cannot be guessed.
 */
final class InvitationCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {
    }

    static String next() {
        char[] c = new char[12];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(c);
    }

    static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase();
    }
}
