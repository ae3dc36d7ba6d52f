package org.tongban.core.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.osgi.service.component.annotations.Component;
import org.tongban.core.security.Secrets;

/**
 * The secrets of {@code etc/tongban-secrets.p12}, a PKCS#12 store whose password is in {@code etc/tongban-secrets.key}
 * (readable by the node's user only). The files guard against what copies of {@code etc/} leak to: backups, tickets,
 * configuration management, a screen shared with the vendor. Whoever is root on the host reads both; an HSM is the
 * answer to that, not this. {@link SecretFiles} is what {@code bin/tongban secret} runs.
 */
@Component(service = Secrets.class)
public class SecretStore implements Secrets {

    static final String STORE = SecretFiles.STORE;
    static final String KEY = SecretFiles.KEY;
    private final Path etc;

    public SecretStore() {
        this(Path.of(System.getProperty("karaf.etc", "etc")));
    }

    SecretStore(Path etc) {
        this.etc = etc;
    }

    @Override
    public String resolve(String configured) {
        if (configured == null || !configured.startsWith(PREFIX)) {
            return configured;
        }
        String alias = configured.substring(PREFIX.length()).trim();
        try {
            char[] password = SecretFiles.storePassword(etc).orElseThrow(() -> new IllegalStateException("no secret store in " + etc
                    + " for " + configured + ": put the secret with bin/tongban secret " + alias));
            KeyStore ks = SecretFiles.load(etc, password);
            KeyStore.Entry e = ks.getEntry(alias, new KeyStore.PasswordProtection(password));
            if (!(e instanceof KeyStore.SecretKeyEntry s)) {
                throw new IllegalStateException("the secret store has no secret " + alias + ": put it with bin/tongban secret " + alias);
            }
            return new String(s.getSecretKey().getEncoded(), StandardCharsets.UTF_8);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the secret store cannot be read: " + e.getMessage(), e);
        }
    }

    /** Stores a secret under an alias (see {@link SecretFiles#put}). */
    static void put(Path etc, String alias, String value) throws IOException, GeneralSecurityException {
        SecretFiles.put(etc, alias, value);
    }
}
