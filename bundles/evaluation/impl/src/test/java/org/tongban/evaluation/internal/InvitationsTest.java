package org.tongban.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.core.fault.Conflict;
import org.tongban.core.fault.NotFound;
import org.tongban.evaluation.Invitation;
import org.tongban.evaluation.InvitationStatus;
import org.tongban.intake.CaseStatus;

/** Invitations made from intake's finished cases, by request and by the sweep, and the division copied onto old ones. */
class InvitationsTest {

    private static final java.time.LocalDate DAY = EvaluationDb.DAY;
    private final EvaluationDb db = new EvaluationDb();

    @Test
    void aFinishedCaseIsInvitedOnceWithWhereItWasHandled() throws SQLException {
        db.kase("A", CaseStatus.DELIVERED, DAY, "W01", "370783003");
        Invitation first = db.invitations.invite(" A ", "clerk1", "clerk");
        assertEquals(List.of("A", "W01", InvitationStatus.OPEN, DAY.plusDays(7)),
                List.of(first.caseNumber(), first.window(), first.status(), first.expiresOn()));
        assertEquals(first, db.invitations.invite("A", "clerk2", "clerk"), "asked again, the same invitation");
        assertEquals(List.of("evaluation.invited"), db.actions());
        assertEquals(List.of("370783003"), column("SELECT division_code FROM evaluation_invitation"));
        assertEquals(first, db.invitations.byCode(first.code().toLowerCase()).orElseThrow());
    }

    @Test
    void aCaseStillInHandIsNotInvitedAndAnUnknownOneIsNotFound() {
        db.kase("C", CaseStatus.UNDER_REVIEW, null, "W01", null);
        assertEquals("case C is UNDER_REVIEW: a case is evaluated once it is decided",
                assertThrows(Conflict.class, () -> db.invitations.invite("C", "clerk1", "clerk")).getMessage());
        assertThrows(NotFound.class, () -> db.invitations.invite("Z", "clerk1", "clerk"));
        assertEquals(List.of(), db.actions());
    }

    @Test
    void theSweepInvitesTheDecidedCasesThatHaveNoInvitationYet() {
        db.kase("A", "W01");
        db.kase("B", CaseStatus.DELIVERED, DAY.minusDays(3), null, null);
        db.kase("C", CaseStatus.UNDER_REVIEW, null, "W01", null);
        db.kase("D", CaseStatus.DECIDED, DAY.minusDays(40), "W02", null);
        db.invitations.invite("A", "clerk1", "clerk");
        assertEquals(1, db.invitations.inviteDecided(DAY, DAY.minusDays(30)), "B only");
        assertEquals(0, db.invitations.inviteDecided(DAY, DAY.minusDays(30)));
        assertEquals(List.of("evaluation.invited", "evaluation.invited"), db.actions());
    }

    @Test
    void theSweepPagesThroughMoreCasesThanOneBatch() {
        for (int n = 0; n < Invitations.BATCH + 5; n++) {
            db.kase(String.format("K%05d", n), "W01");
        }
        assertEquals(Invitations.BATCH, db.invitations.inviteDecided(DAY, DAY));
        assertEquals(5, db.invitations.inviteDecided(DAY, DAY), "the next sweep goes on past the invited ones");
    }

    @Test
    void theDivisionIsCopiedOntoInvitationsAndEvaluationsMadeBeforeItWasKept() throws SQLException {
        db.kase("A", CaseStatus.DECIDED, DAY, "W01", "370783003");
        db.kase("B", "W01");
        db.invitations.invite("A", "clerk1", "clerk");
        db.invitations.invite("B", "clerk1", "clerk");
        try (Connection c = db.connection()) {
            c.createStatement().executeUpdate("UPDATE evaluation_invitation SET division_code = NULL");
            c.createStatement().executeUpdate("INSERT INTO evaluation (case_number, follow_up, satisfaction, channel, scores, named,"
                    + " item_code, item_name, node_id, evaluated_on, evaluated_ms) VALUES ('A', 0, 'SATISFIED', 'PC', '{}', 1, 'ITEM',"
                    + " '食品经营许可', 'node-1', DATE('2026-10-12'), 0)");
        }
        db.cases.remove("B");
        assertEquals(2, db.invitations.copyDivisions());
        assertEquals(List.of("370783003", ""), column("SELECT division_code FROM evaluation_invitation ORDER BY case_number"),
                "a case intake no longer knows has none");
        assertEquals(List.of("370783003"), column("SELECT division_code FROM evaluation"));
        assertEquals(0, db.invitations.copyDivisions(), "done once");
    }

    private List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
