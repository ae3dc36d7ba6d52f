package org.tongban.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tongban.intake.CaseFigures;
import org.tongban.intake.CaseStanding;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.Completions;
import org.tongban.intake.CaseScope;
import org.tongban.intake.DueCase;
import org.tongban.intake.DueStep;
import org.tongban.intake.DueWork;
import org.tongban.intake.MonthFigures;

/**
 * Intake's read services over cases held in memory, as their contract says (intake's own tests hold its SQL to the
 * same): the edge at which supervision's tests stand in for intake.
 */
final class IntakeDouble implements DueWork, CaseFigures {

    /** One case: department D1 (审批局), no division, created and last changed at {@code createdMs}. */
    static final class Case {
        final String number;
        CaseStatus status;
        LocalDate promised;
        LocalDate suspended;
        LocalDate decided;
        String channel;
        String division;
        String department = "D1";
        String departmentName = "审批局";
        long createdMs;
        long updatedMs;
        /** Department → step status of the current round. */
        final Map<String, String> steps = new LinkedHashMap<>();

        Case(String number) {
            this.number = number;
        }

        boolean open() {
            return CLOCK_RUNNING.contains(status) && suspended == null;
        }

        boolean in(CaseScope scope) {
            return scope.wholeNode() || division != null && division.startsWith(scope.prefix());
        }

        DueCase due() {
            return new DueCase(number, "食品经营许可", division, department, departmentName, status, promised);
        }

        Stream<DueStep> pendingSteps() {
            return steps.entrySet().stream().filter(e -> e.getValue().equals("PENDING"))
                    .map(e -> new DueStep(number, division, e.getKey(), "部门" + e.getKey(), promised));
        }

        CaseStanding standing() {
            return new CaseStanding(number, status, promised, division, pendingSteps().map(DueStep::departmentCode)
                    .collect(java.util.stream.Collectors.toSet()));
        }
    }

    final Map<String, Case> cases = new LinkedHashMap<>();

    Case add(String number, String status, LocalDate promised, LocalDate suspended, LocalDate decided, String channel, long createdMs) {
        Case k = new Case(number);
        k.status = CaseStatus.valueOf(status);
        k.promised = promised;
        k.suspended = suspended;
        k.decided = decided;
        k.channel = channel;
        k.createdMs = createdMs;
        k.updatedMs = createdMs;
        cases.put(number, k);
        return k;
    }

    Case get(String number) {
        return cases.get(number);
    }

    private Stream<Case> due(LocalDate from, LocalDate until) {
        return cases.values().stream().filter(Case::open)
                .filter(k -> (from == null || !k.promised.isBefore(from)) && k.promised.isBefore(until));
    }

    private Stream<Case> changed(Instant since, LocalDate until) {
        return cases.values().stream().filter(Case::open)
                .filter(k -> k.updatedMs >= since.toEpochMilli() && k.promised.isBefore(until));
    }

    private static boolean reviewing(Case k) {
        return k.status == CaseStatus.DISPATCHED || k.status == CaseStatus.UNDER_REVIEW;
    }

    @Override
    public List<DueCase> casesDue(LocalDate from, LocalDate until) {
        return due(from, until).map(Case::due).toList();
    }

    @Override
    public List<DueCase> casesChanged(Instant since, LocalDate until) {
        return changed(since, until).map(Case::due).toList();
    }

    @Override
    public List<DueStep> stepsDue(LocalDate from, LocalDate until) {
        return due(from, until).filter(IntakeDouble::reviewing).flatMap(Case::pendingSteps).toList();
    }

    @Override
    public List<DueStep> stepsChanged(Instant since, LocalDate until) {
        return changed(since, until).flatMap(Case::pendingSteps).toList();
    }

    @Override
    public List<DueCase> overdue(CaseScope scope, LocalDate before, int limit) {
        return cases.values().stream().filter(Case::open).filter(k -> k.in(scope) && k.promised.isBefore(before))
                .sorted(Comparator.comparing((Case k) -> k.promised).thenComparing(k -> k.number)).limit(limit)
                .map(Case::due).toList();
    }

    @Override
    public List<CaseStanding> standing(Collection<String> caseNumbers) {
        return caseNumbers.stream().distinct().map(cases::get).filter(k -> k != null).map(Case::standing).toList();
    }

    @Override
    public List<CaseStanding> changedSince(Instant since) {
        return cases.values().stream().filter(k -> k.updatedMs >= since.toEpochMilli()).map(Case::standing).toList();
    }

    @Override
    public List<MonthFigures> month(CaseScope scope, YearMonth month, ZoneId zone) {
        long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (Case k : cases.values()) {
            if (!k.in(scope)) {
                continue;
            }
            String code = k.department == null ? "" : k.department;
            boolean submitted = k.createdMs >= from && k.createdMs < to;
            boolean completed = k.decided != null && YearMonth.from(k.decided).equals(month);
            if (submitted || completed) {
                long[] c = counts.computeIfAbsent(code, x -> new long[4]);
                names.putIfAbsent(code, k.departmentName);
                c[0] += submitted ? 1 : 0;
                c[1] += submitted && "ONLINE".equals(k.channel) ? 1 : 0;
                c[2] += completed ? 1 : 0;
                c[3] += completed && k.promised != null && !k.decided.isAfter(k.promised) ? 1 : 0;
            }
        }
        List<MonthFigures> out = new ArrayList<>();
        counts.forEach((code, c) -> out.add(new MonthFigures(code, names.get(code), c[0], c[1], c[2], c[3])));
        return out;
    }

    @Override
    public Completions decided(CaseScope scope, LocalDate from, LocalDate to) {
        List<Case> done = cases.values().stream().filter(k -> k.in(scope) && k.decided != null && !k.decided.isBefore(from)
                && !k.decided.isAfter(to)).toList();
        return new Completions(done.size(), done.stream().filter(k -> k.promised != null && !k.decided.isAfter(k.promised)).count());
    }
}
