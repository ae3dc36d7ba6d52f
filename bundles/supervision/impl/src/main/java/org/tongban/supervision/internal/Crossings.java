package org.tongban.supervision.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.intake.CaseStanding;
import org.tongban.intake.DueCase;
import org.tongban.intake.DueStep;
import org.tongban.intake.DueWork;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.CardScope;

/**
 * What a scan reads: the cards missing for intake's due work, and the open cards whose reason is gone. Intake's
 * {@link DueWork} bounds each read by a date range, a change time or the cases named; the cards come from
 * {@link CardStore} on the scan's connection.
 */
public final class Crossings {

    /** An open card whose reason is gone, with why. */
    public record Stale(long id, String caseNumber, CardColour colour, String departmentCode, String departmentName, String reason) {
    }

    private Crossings() {
    }

    /** Every card missing for open cases (or their pending steps): a full pass, see the incremental form. */
    public static List<CardStore.Missing> missing(Connection c, DueWork work, CardScope scope, Thresholds t, int yellowAfter,
                                                  int redAfter, int warnDays) throws SQLException {
        return missing(c, work, scope, t, yellowAfter, redAfter, warnDays, null, null);
    }

    /**
     * Every card missing for open cases (or their pending steps) due before the end of the warning window, each
     * crossing's existing cards read as a bit mask and compared with what its due date calls for. Incrementally
     * ({@code from} and {@code changedSince} given) only two kinds of case can lack a card since the previous full or
     * incremental scan: those due at or after that scan's red threshold ({@code from}: time moved them across), and
     * those changed since.
     */
    public static List<CardStore.Missing> missing(Connection c, DueWork work, CardScope scope, Thresholds t, int yellowAfter,
                                                  int redAfter, int warnDays, LocalDate from, Instant changedSince)
            throws SQLException {
        LocalDate until = t.warnUntil().plusDays(1);
        List<CardStore.Crossing> due = new ArrayList<>();
        if (scope == CardScope.CASE) {
            work.casesDue(from, until).forEach(k -> due.add(crossing(k)));
            if (changedSince != null) {
                work.casesChanged(changedSince, until).forEach(k -> due.add(crossing(k)));
            }
        } else {
            work.stepsDue(from, until).forEach(s -> due.add(crossing(s, scope)));
            if (changedSince != null) {
                work.stepsChanged(changedSince, until).forEach(s -> due.add(crossing(s, scope)));
            }
        }
        Map<CardStore.Reason, Integer> have = CardStore.colours(c, scope, due.stream().map(CardStore.Crossing::caseNumber).toList());
        Set<CardStore.Missing> out = new LinkedHashSet<>();
        for (CardStore.Crossing x : due) {
            LocalDate d = x.dueDate();
            int mask = have.getOrDefault(new CardStore.Reason(x.caseNumber(), x.departmentCode(), d), 0);
            if (d.isBefore(t.redBefore()) && (mask & 4) == 0) {
                out.add(new CardStore.Missing(x, CardColour.RED, redAfter));
            }
            if (d.isBefore(t.yellowBefore()) && (mask & 2) == 0) {
                out.add(new CardStore.Missing(x, CardColour.YELLOW, yellowAfter));
            }
            if (!d.isBefore(t.today()) && (mask & 1) == 0) {
                out.add(new CardStore.Missing(x, CardColour.WARNING, -warnDays));
            }
        }
        return List.copyOf(out);
    }

    private static CardStore.Crossing crossing(DueCase k) {
        return new CardStore.Crossing(k.caseNumber(), CardScope.CASE, orEmpty(k.departmentCode()), orEmpty(k.departmentName()),
                k.promisedDate(), k.divisionCode());
    }

    private static CardStore.Crossing crossing(DueStep s, CardScope scope) {
        return new CardStore.Crossing(s.caseNumber(), scope, s.departmentCode(), s.departmentName(), s.promisedDate(), s.divisionCode());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Open cards whose reason is gone: the case is no longer open (or gone), its due date moved, or (for a step) the
     * department's step is no longer pending. Given {@code since}, only the cards of cases changed at or after it: a
     * case that did not change cannot have made its card stale.
     */
    public static List<Stale> stale(Connection c, DueWork work, Instant since) throws SQLException {
        Map<String, CaseStanding> standing = new HashMap<>();
        List<CardStore.OpenCard> open;
        if (since == null) {
            open = CardStore.open(c);
            work.standing(open.stream().map(CardStore.OpenCard::caseNumber).toList()).forEach(s -> standing.put(s.caseNumber(), s));
        } else {
            work.changedSince(since).forEach(s -> standing.put(s.caseNumber(), s));
            open = CardStore.open(c, standing.keySet());
        }
        List<Stale> out = new ArrayList<>();
        for (CardStore.OpenCard k : open) {
            String reason = reason(k, standing.get(k.caseNumber()));
            if (reason != null) {
                out.add(new Stale(k.id(), k.caseNumber(), k.colour(), k.departmentCode(), k.departmentName(), reason));
            }
        }
        return out;
    }

    private static String reason(CardStore.OpenCard k, CaseStanding s) {
        if (s == null || !s.open()) {
            return "case " + (s == null ? "gone" : s.status());
        }
        if (s.promisedDate() == null || !s.promisedDate().equals(k.dueDate())) {
            return "due date moved to " + s.promisedDate();
        }
        if (k.scope() == CardScope.STEP && !s.reviewing().contains(k.departmentCode())) {
            return "step decided";
        }
        return null;
    }
}
