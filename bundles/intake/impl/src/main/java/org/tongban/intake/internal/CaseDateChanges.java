package org.tongban.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.core.calendar.DateChange;
import org.tongban.intake.CaseStatus;

/** What a recomputation changes on a case, and how its timeline says so. */
final class CaseDateChanges {

    static final String PROMISED = "promised date";
    static final String TOLERANCE = "tolerance deadline";

    private CaseDateChanges() {
    }

    /** Whether the case's dates still run: accepted and not yet decided. */
    static boolean running(CaseStatus status) {
        return status == CaseStatus.ACCEPTED || status == CaseStatus.RECEIVED || status == CaseStatus.DISPATCHED
                || status == CaseStatus.UNDER_REVIEW;
    }

    /** The dates that move or lose (or gain) their provisional mark; empty when the recomputation changes nothing. */
    static List<DateChange> between(StoredCase k, CaseDates now) {
        List<DateChange> out = new ArrayList<>();
        boolean markChanged = k.datesProvisional != now.provisional();
        String subject = "case:" + k.caseNumber;
        if (markChanged || !Objects.equals(k.promisedDate, now.promisedDate())) {
            out.add(new DateChange(subject, PROMISED, k.promisedDate, now.promisedDate(), k.datesProvisional, now.provisional()));
        }
        if (k.toleranceDue != null && (markChanged || !Objects.equals(k.toleranceDue, now.toleranceDue()))) {
            out.add(new DateChange(subject, TOLERANCE, k.toleranceDue, now.toleranceDue(), k.datesProvisional, now.provisional()));
        }
        return out;
    }

    /** The timeline's line: what moved, from what to what, and why. */
    static String describe(List<DateChange> changes, Set<Integer> years) {
        String why = years.isEmpty() ? "recomputed on the calendar in force (official data now covers a year these dates were"
                + " counted over provisionally)"
                : "recomputed on the calendar in force for " + years.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " (its data changed: an official year file was loaded, edited or removed)";
        return why + ": " + changes.stream().map(CaseDateChanges::line).collect(Collectors.joining("; "));
    }

    private static String line(DateChange c) {
        String mark = c.provisionalAfter() ? " (still provisional)" : c.provisionalBefore() ? " (provisional → official)" : "";
        return c.moved() ? c.what() + " " + c.before() + " → " + c.after() + mark : c.what() + " " + c.after() + " unchanged" + mark;
    }
}
