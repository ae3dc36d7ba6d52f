package org.tongban.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Intake's open cases by their deadlines, for the capability that supervises them: each query is bounded by a date
 * range, a change time or the cases named, never a walk over all cases. Open means a status of {@link #CLOCK_RUNNING}
 * and not suspended.
 */
public interface DueWork {

    /** Statuses in which a case's clock runs against its promised date. */
    Set<CaseStatus> CLOCK_RUNNING = Set.of(CaseStatus.ACCEPTED, CaseStatus.RECEIVED, CaseStatus.DISPATCHED, CaseStatus.UNDER_REVIEW);

    /** Open cases promised on or after {@code from} and before {@code until}. */
    List<DueCase> casesDue(LocalDate from, LocalDate until);

    /** Open cases changed at or after {@code since}, promised before {@code until}. */
    List<DueCase> casesChanged(Instant since, LocalDate until);

    /** Pending review steps (of the current round) of open cases promised on or after {@code from}, before {@code until}. */
    List<DueStep> stepsDue(LocalDate from, LocalDate until);

    /** Pending review steps of open cases changed at or after {@code since}, promised before {@code until}. */
    List<DueStep> stepsChanged(Instant since, LocalDate until);

    /** Open cases of the scope promised before {@code before}: the oldest promised date first, at most {@code limit} (1–1000). */
    List<DueCase> overdue(CaseScope scope, LocalDate before, int limit);

    /** Where the named cases stand; a case intake does not hold is left out. */
    List<CaseStanding> standing(Collection<String> caseNumbers);

    /** Where the cases changed at or after {@code since} stand. */
    List<CaseStanding> changedSince(Instant since);
}
