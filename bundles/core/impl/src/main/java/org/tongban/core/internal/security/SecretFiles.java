package org.tongban.core.internal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret store's files, apart from the service so {@code bin/tongban secret} runs them from the core bundle's jar
 * alone (with nothing of the API on its class path).
 */
final class SecretFiles {

    static final String STORE = "tongban-secrets.p12";
    static final String KEY = "tongban-secrets.key";

    private SecretFiles() {
    }

    /** Stores a secret under an alias, creating the store and its key file (owner-only) on first use. */
    static void put(Path etc, String alias, String value) throws IOException, GeneralSecurityException {
        if (!alias.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("an alias is lower-case letters, digits, '.', '_' or '-' (at most 64)");
        }
        char[] password = storePassword(etc).orElse(null);
        if (password == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
            writeOwnerOnly(etc.resolve(KEY), new String(password).getBytes(StandardCharsets.US_ASCII));
        }
        KeyStore ks = load(etc, password);
        ks.setEntry(alias, new KeyStore.SecretKeyEntry(new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA256")),
                new KeyStore.PasswordProtection(password));
        Path store = etc.resolve(STORE);
        Path next = etc.resolve(STORE + ".new");
        try (OutputStream out = Files.newOutputStream(next)) {
            ks.store(out, password);
        }
        restrict(next);
        Files.move(next, store, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static java.util.Optional<char[]> storePassword(Path etc) throws IOException {
        Path key = etc.resolve(KEY);
        return Files.exists(key) ? java.util.Optional.of(Files.readString(key, StandardCharsets.US_ASCII).trim().toCharArray())
                : java.util.Optional.empty();
    }

    static KeyStore load(Path etc, char[] password) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        Path store = etc.resolve(STORE);
        if (Files.exists(store)) {
            try (InputStream in = Files.newInputStream(store)) {
                ks.load(in, password);
            }
        } else {
            ks.load(null, password);
        }
        return ks;
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        restrict(file);
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the folder's own permissions apply.
        }
    }

    /** {@code SecretFiles ETC ALIAS}: stores the first line of standard input as the secret ALIAS. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SecretFiles ETC_DIR ALIAS < value");
            System.exit(2);
        }
        String value = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (value == null || value.isEmpty()) {
            System.err.println("no secret on standard input");
            System.exit(2);
        }
        try {
            put(Path.of(args[0]), args[1], value);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
