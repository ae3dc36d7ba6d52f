package org.tongban.evaluation.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Change;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.evaluation.Invitation;
import org.tongban.evaluation.InvitationStatus;
import org.tongban.intake.FinishedCase;
import org.tongban.intake.FinishedCases;
import org.tongban.intake.Intake;

/**
 * Invitations to evaluate (评价邀请): one per finished case, made on request or by the sweep, with where the case was
 * handled copied from intake's {@link FinishedCases}, so evaluation never reads intake's tables.
 */
final class Invitations {

    static final int BATCH = 1000;
    private final Transactions tx;
    private final FinishedCases cases;
    private final Intake intake;
    private final TongbanClock clock;
    private final Changes changes;
    private final IntSupplier periodDays;

    /** Reads go through {@code tx}; what changes an invitation goes through {@code changes}, with its record and event. */
    Invitations(Transactions tx, Changes changes, FinishedCases cases, Intake intake, TongbanClock clock, IntSupplier periodDays) {
        this.tx = tx;
        this.cases = cases;
        this.intake = intake;
        this.clock = clock;
        this.changes = changes;
        this.periodDays = periodDays;
    }

    /** The case's invitation, made now if it has none: idempotent. */
    Invitation invite(String caseNumber, String actor, String role) {
        String number = Inputs.required(caseNumber, "caseNumber");
        Optional<Invited> existing = tx.read(c -> InvitationStore.ofCase(c, number));
        if (existing.isPresent()) {
            return existing.get().view();
        }
        FinishedCase k = cases.find(number).orElseThrow(() -> Fault.notFound("no case " + number + " on this node"));
        if (!k.finished()) {
            throw Fault.conflict("case " + number + " is " + k.status() + ": a case is evaluated once it is decided");
        }
        LocalDate today = clock.today();
        return changes.apply(ch -> {
            try {
                return ch.part(p -> invite(p, k, today, actor, role)).view();
            } catch (SQLIntegrityConstraintViolationException raced) {
                // A concurrent request (or the sweep) invited it first: its invitation stands.
                return InvitationStore.ofCase(ch.sql(), number).orElseThrow(() -> raced).view();
            }
        });
    }

    private Invited invite(Change ch, FinishedCase k, LocalDate today, String actor, String role) throws SQLException {
        Invited i = new Invited(k.caseNumber(), InvitationCodes.next(), k.itemCode(), k.itemName(), k.departmentCode(),
                k.departmentName(), k.window(), k.clerk(), today, EvaluationRules.expiresOn(today, periodDays.getAsInt()),
                InvitationStatus.OPEN, k.divisionCode());
        InvitationStore.insert(ch.sql(), i);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("caseNumber", i.caseNumber());
        payload.put("invitedOn", i.invitedOn().toString());
        payload.put("expiresOn", i.expiresOn().toString());
        CaseRecords.record(ch, i.caseNumber(), "evaluation.invited", actor, role, "invited to evaluate until " + i.expiresOn(), payload);
        return i;
    }

    Optional<Invitation> byCode(String code) {
        String k = InvitationCodes.normalise(code);
        return tx.read(c -> InvitationStore.byCode(c, k)).map(Invited::view);
    }

    /** The invitation of a case for its applicant, who proves it with the case's query code. */
    Optional<Invitation> forApplicant(String caseNumber, String queryCode) {
        if (caseNumber == null || queryCode == null || intake.progress(caseNumber.trim(), queryCode.trim()).isEmpty()) {
            return Optional.empty();
        }
        return tx.read(c -> InvitationStore.ofCase(c, caseNumber.trim())).map(Invited::view);
    }

    /** The sweep's part: invites up to {@link #BATCH} cases decided on or after {@code since} that have no invitation yet. */
    int inviteDecided(LocalDate today, LocalDate since) {
        int invited = 0;
        String after = null;
        while (invited < BATCH) {
            List<FinishedCase> page = cases.decidedSince(since, after, BATCH);
            if (page.isEmpty()) {
                break;
            }
            int room = BATCH - invited;
            invited += changes.apply(ch -> {
                Connection c = ch.sql();
                Set<String> known = InvitationStore.invited(c, page.stream().map(FinishedCase::caseNumber).toList());
                int n = 0;
                for (FinishedCase k : page) {
                    if (n == room || known.contains(k.caseNumber())) {
                        continue;
                    }
                    try {
                        ch.part(p -> invite(p, k, today, "evaluation", "node"));
                        n++;
                    } catch (SQLIntegrityConstraintViolationException raced) {
                        // a clerk invited it meanwhile: that invitation stands, the rest of the batch goes on
                    }
                }
                return n;
            });
            if (page.size() < BATCH) {
                break;
            }
            after = page.get(page.size() - 1).caseNumber();
        }
        return invited;
    }

    /**
     * Copies the division of each case invited before invitations carried one onto its invitation and evaluations,
     * a batch at a time; a case intake no longer knows gets "" (none). Returns how many cases were done.
     */
    int copyDivisions() {
        int done = 0;
        while (true) {
            List<String> batch = tx.read(c -> InvitationStore.withoutDivision(c, 500));
            if (batch.isEmpty()) {
                return done;
            }
            Map<String, String> divisions = new LinkedHashMap<>();
            for (String number : batch) {
                divisions.put(number, cases.find(number).map(FinishedCase::divisionCode).orElse(null));
            }
            changes.apply(ch -> {
                for (Map.Entry<String, String> d : divisions.entrySet()) {
                    InvitationStore.setDivision(ch.sql(), d.getKey(), d.getValue());
                }
                return null;
            });
            done += batch.size();
        }
    }

    /** The invitation of an applicant's code, locked for the rest of the transaction. */
    static Invited locked(Connection c, String code) throws SQLException {
        return InvitationStore.lock(c, InvitationCodes.normalise(code))
                .orElseThrow(() -> Fault.notFound("no invitation with code " + code));
    }
}
