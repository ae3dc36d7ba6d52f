package org.tongban.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreTest {

    @TempDir
    Path etc;

    @Test
    void aReferenceResolvesToTheStoredSecretAndAnythingElseToItself() throws Exception {
        SecretStore.put(etc, "sync.password", "Township-Link-2026!");
        SecretStore.put(etc, "hub.password", "第二个-secret");
        SecretStore.put(etc, "sync.password", "Changed-Link-2027!");
        SecretStore store = new SecretStore(etc);
        assertEquals("Changed-Link-2027!", store.resolve("secret:sync.password"));
        assertEquals("第二个-secret", store.resolve("secret:hub.password"));
        assertEquals("in-clear", store.resolve("in-clear"));
        assertEquals("", store.resolve(""));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> store.resolve("secret:nope"));
        assertTrue(missing.getMessage().contains("nope"));
        assertFalse(Files.readString(etc.resolve(SecretStore.STORE), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("Changed-Link"), "not in clear in the store");
        assertEquals(java.util.Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(etc.resolve(SecretStore.KEY)));
    }

    @Test
    void withoutAStoreAReferenceSaysWhatToDo() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SecretStore(etc).resolve("secret:sync.password"));
        assertTrue(e.getMessage().contains("bin/tongban secret sync.password"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SecretStore.put(etc, "Bad Alias", "x"));
    }
}
