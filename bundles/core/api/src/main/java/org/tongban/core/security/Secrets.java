package org.tongban.core.security;

/**
 * The node's secret store: a password a setting needs (the parent link's, the hub's, the broker's) is kept out of the
 * configuration files, in {@code etc/tongban-secrets.p12}, and the setting names it as {@code secret:<alias>}. Put
 * one there with {@code bin/tongban secret ALIAS}.
 */
public interface Secrets {

    String PREFIX = "secret:";

    /**
     * The value a setting stands for: the stored secret of a {@code secret:<alias>} reference, any other value as it
     * is (a password still written in clear). Fails with {@link IllegalStateException} naming
     * the alias when the store has no such secret.
     */
    String resolve(String configured);
}
