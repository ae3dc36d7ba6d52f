package org.tongban.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes of the users file: salted PBKDF2-HMAC-SHA256 from the JDK, written
 * {@code {PBKDF2}ITERATIONS:SALT:HASH{PBKDF2}} (Base64); the unsalted SHA-256 {@code {CRYPT}HEX{CRYPT}} of earlier
 * versions still verifies, so existing nodes keep working, and is reported as weak until the password is set anew.
 */
public final class PasswordHashes {

    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023) is 600,000; a login costs ~0.3 s of one core, once per cached login. */
    public static final int ITERATIONS = 310_000;
    private static final String PREFIX = "{PBKDF2}";
    private static final String LEGACY = "{CRYPT}";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the user does not exist, so an unknown name costs as long as a wrong password. */
    private static final String DUMMY = hash("not a password".toCharArray(), ITERATIONS);

    private PasswordHashes() {
    }

    /**
     * {@code bin/tongban init} hashes the first ops password with this (the bundle jar on the class path, the
     * password on standard input), so no clear password is ever written to {@code etc/}.
     */
    public static void main(String[] args) throws java.io.IOException {
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            System.err.println("no password on standard input");
            System.exit(2);
        }
        System.out.println(hash(line.toCharArray()));
    }

    public static String hash(char[] password) {
        return hash(password, ITERATIONS);
    }

    static String hash(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(pbkdf2(password, salt, iterations)) + PREFIX;
    }

    /** Whether the password matches the stored hash; a malformed hash matches nothing. */
    public static boolean matches(String stored, char[] password) {
        if (stored == null) {
            MessageDigest.isEqual(pbkdf2From(DUMMY, password), new byte[32]);
            return false;
        }
        if (stored.startsWith(PREFIX) && stored.endsWith(PREFIX) && stored.length() > 2 * PREFIX.length()) {
            String[] p = stored.substring(PREFIX.length(), stored.length() - PREFIX.length()).split(":");
            try {
                byte[] expected = Base64.getDecoder().decode(p[2]);
                return p.length == 3 && MessageDigest.isEqual(expected, pbkdf2(password, Base64.getDecoder().decode(p[1]),
                        Integer.parseInt(p[0])));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                return false;
            }
        }
        if (isLegacy(stored)) {
            String hex = stored.substring(LEGACY.length(), stored.length() - LEGACY.length()).toUpperCase(Locale.ROOT);
            try {
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(new String(password).getBytes(StandardCharsets.UTF_8));
                return MessageDigest.isEqual(HexFormat.of().withUpperCase().formatHex(sha).getBytes(StandardCharsets.US_ASCII),
                        hex.getBytes(StandardCharsets.US_ASCII));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    /** An unsalted SHA-256 hash of an earlier version: it verifies, and health asks ops to set the password anew. */
    public static boolean isLegacy(String stored) {
        return stored != null && stored.startsWith(LEGACY) && stored.endsWith(LEGACY) && stored.length() > 2 * LEGACY.length();
    }

    private static byte[] pbkdf2From(String stored, char[] password) {
        String[] p = stored.substring(PREFIX.length(), stored.length() - PREFIX.length()).split(":");
        return pbkdf2(password, Base64.getDecoder().decode(p[1]), Integer.parseInt(p[0]));
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        if (iterations < 1 || iterations > 10_000_000) {
            throw new IllegalArgumentException("iterations out of range");
        }
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
