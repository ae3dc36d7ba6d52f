package org.tongban.core.calendar;

import java.time.LocalDate;

/** One stored date recomputed over a changed calendar: whose, which, from what to what, and whether still provisional. */
public record DateChange(String subject, String what, LocalDate before, LocalDate after, boolean provisionalBefore,
                         boolean provisionalAfter) {

    /** Whether the date itself moved (else only its provisional mark changed). */
    public boolean moved() {
        return before == null ? after != null : !before.equals(after);
    }
}
