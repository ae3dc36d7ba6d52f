package org.tongban.core.audit;

import java.util.Objects;

/** What to record: who (actor, role) did what (action) to which subject, with a short detail. Node and time are added. */
public record AuditEntry(String actor, String role, String action, String subject, String detail) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        role = role == null ? "" : role;
        detail = detail == null ? "" : detail;
    }
}
