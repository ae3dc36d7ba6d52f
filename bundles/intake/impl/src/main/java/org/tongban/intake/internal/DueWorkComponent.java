package org.tongban.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.data.Transactions;
import org.tongban.intake.CaseStanding;
import org.tongban.intake.CaseScope;
import org.tongban.intake.DueCase;
import org.tongban.intake.DueStep;
import org.tongban.intake.DueWork;
import org.tongban.intake.Intake;

/** Intake's open cases by deadline, read from its own tables for the capability that supervises them. */
@Component(service = DueWork.class)
public class DueWorkComponent implements DueWork {

    private final Transactions tx;

    /**
     * {@code intake} is referenced so reads begin once intake has started: its schema migrated and the cases taken in
     * before divisions existed given the node's division.
     */
    @Activate
    public DueWorkComponent(@Reference Transactions tx, @Reference IntakeSchema schema, @Reference Intake intake) {
        this.tx = tx;
    }

    @Override
    public List<DueCase> casesDue(LocalDate from, LocalDate until) {
        return tx.read(c -> DueWorkStore.casesDue(c, from, until));
    }

    @Override
    public List<DueCase> casesChanged(Instant since, LocalDate until) {
        return tx.read(c -> DueWorkStore.casesChanged(c, since, until));
    }

    @Override
    public List<DueStep> stepsDue(LocalDate from, LocalDate until) {
        return tx.read(c -> DueWorkStore.stepsDue(c, from, until));
    }

    @Override
    public List<DueStep> stepsChanged(Instant since, LocalDate until) {
        return tx.read(c -> DueWorkStore.stepsChanged(c, since, until));
    }

    @Override
    public List<DueCase> overdue(CaseScope scope, LocalDate before, int limit) {
        return tx.read(c -> DueWorkStore.overdue(c, scope, before, limit));
    }

    @Override
    public List<CaseStanding> standing(Collection<String> caseNumbers) {
        return caseNumbers.isEmpty() ? List.of() : tx.read(c -> DueWorkStore.standing(c, caseNumbers));
    }

    @Override
    public List<CaseStanding> changedSince(Instant since) {
        return tx.read(c -> DueWorkStore.changedSince(c, since));
    }
}
