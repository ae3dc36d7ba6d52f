package org.tongban.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditRecord;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.audit.AuditVerification;

/** Accounts ops add, and a generated password the holder replaces: checked, stored hashed, audited. */
class AccountAdminTest {

    @TempDir
    Path dir;

    private final List<AuditEntry> audited = new ArrayList<>();

    /** The audit trail at the edge of this unit: what was appended. */
    private final AuditTrail audit = new AuditTrail() {
        @Override
        public AuditRecord append(AuditEntry entry) {
            audited.add(entry);
            return null;
        }

        @Override
        public List<AuditRecord> bySubject(String subject) {
            return List.of();
        }

        @Override
        public List<AuditRecord> latest(int limit) {
            return List.of();
        }

        @Override
        public AuditVerification verify() {
            return null;
        }
    };

    @Test
    void aGeneratedPasswordIsTemporaryUntilTheHolderSetsTheirOwn() {
        UsersFile users = new UsersFile(dir.resolve("users.properties"));
        AccountAdmin admin = new AccountAdmin(users, audit);
        String generated = admin.add("ops", "reviewer-1", List.of("reviewer", "department:11370783000031676J"), null);
        UsersFile.Entry e = users.find("reviewer-1").orElseThrow();
        assertTrue(e.names().contains(AccountAdmin.TEMPORARY), e.names().toString());
        assertTrue(PasswordHashes.matches(e.hash(), generated.toCharArray()));
        assertFalse(e.hash().contains(generated));

        assertThrows(IllegalArgumentException.class, () -> admin.changeOwn("reviewer-1", "wrong".toCharArray(), "Housing-bureau-7".toCharArray()));
        IllegalArgumentException weak = assertThrows(IllegalArgumentException.class,
                () -> admin.changeOwn("reviewer-1", generated.toCharArray(), "short".toCharArray()));
        assertTrue(weak.getMessage().contains("at least 10 characters"), weak.getMessage());
        admin.changeOwn("reviewer-1", generated.toCharArray(), "Housing-bureau-7".toCharArray());
        UsersFile.Entry changed = users.find("reviewer-1").orElseThrow();
        assertFalse(changed.names().contains(AccountAdmin.TEMPORARY));
        assertTrue(PasswordHashes.matches(changed.hash(), "Housing-bureau-7".toCharArray()));
        assertEquals(List.of("account.added", "account.password-changed"), audited.stream().map(AuditEntry::action).toList());
    }

    @Test
    void anAccountWithoutWhatItsRoleNeedsIsRefusedNamingEveryFault() {
        AccountAdmin admin = new AccountAdmin(new UsersFile(dir.resolve("users.properties")), audit);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> admin.add("ops", "a b", List.of("applicant", "identity:123"), null));
        assertTrue(e.getMessage().contains("account name") && e.getMessage().contains("identity:123 is neither"), e.getMessage());
        assertTrue(audited.isEmpty());
    }
}
