package org.tongban.intermediary.internal;

import org.tongban.core.rest.FaultProblems;
import org.tongban.core.fault.Fault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.intermediary.internal.MarketFixture.OWNER;
import static org.tongban.intermediary.internal.MarketFixture.OWNER_CODE;
import static org.tongban.intermediary.internal.MarketFixture.SUPERVISOR;
import static org.tongban.intermediary.internal.MarketFixture.at;
import static org.tongban.intermediary.internal.MarketFixture.draw;
import static org.tongban.intermediary.internal.MarketFixture.staff;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.security.Caller;
import org.tongban.intermediary.DrawVerification;
import org.tongban.intermediary.OwnerRecord;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.Registration;
import org.tongban.intermediary.RegistrationRequest;

/** The marketplace's rules around a draw: the rules it keeps, its publication, its sealed registrants, its cancellation. */
class MarketplaceComponentTest {

    private final MarketFixture f = new MarketFixture();
    private MarketplaceComponent market;

    @BeforeEach
    void start() {
        market = f.start();
        for (int n = 1; n <= 3; n++) {
            f.agency(n);
        }
    }

    /** A random draw posted Fri 2025-09-26 that closes once its 5 working days are over, with three registrants. */
    private Project drawn(String title) {
        Project p = market.post(OWNER, draw(title, at(2025, 10, 13, 9)));
        for (int n = 1; n <= 3; n++) {
            market.register(staff(n), p.id(), new RegistrationRequest(null, null));
        }
        return p;
    }

    private Project select(Project p) {
        f.now = at(2025, 10, 13, 10);
        return market.select(OWNER, p.id());
    }

    @Test
    void aDrawIsMadeAndReCheckedUnderTheRulesOfItsPostingWhateverTheNodeSaysLater() {
        Project posted = drawn("农贸市场改造规划放线测量");
        String version = SelectionRules.Rules.DEFAULTS.version();
        assertEquals(version, posted.rulesVersion());
        // The node now wants four registrants for a draw: the project was posted when three sufficed.
        f.config.put("minRandomDraw", 4);
        market.configure(f.config());
        Project selected = select(posted);
        assertEquals(ProjectStatus.SELECTED, selected.status(), "drawn under the rules it was posted under");
        // …and re-checked under them, though the node's rules would now fail it.

        DrawVerification v = market.verify(posted.id());
        assertTrue(v.matches() && v.rulesMatchVersion() && v.seedMatchesCommitment());
        assertEquals(version, v.rulesVersion());
        assertEquals(selected.winnerAgencyId(), v.recomputedWinner());
        assertEquals(SelectionRules.Rules.DEFAULTS.text(), market.rules(version).orElseThrow().content());

        Project later = market.post(OWNER, draw("道路改造规划放线测量", at(2025, 10, 21, 9)));
        assertFalse(version.equals(later.rulesVersion()), "a project posted now keeps the rules in force now");
        assertTrue(market.rules(later.rulesVersion()).orElseThrow().content().contains("minRandomDraw=4"));
    }

    @Test
    void aWindowShorterThanTheMinimumOfWorkingDaysIsRefusedNamingTheEarliestClose() {
        // Posted Fri 2025-09-26: 09-28 (a Sunday) works, 10-01…10-08 do not; the fifth working day is Fri 10-10.
        Fault e = assertThrows(Fault.class,
                () -> market.post(OWNER, draw("短期项目", at(2025, 10, 10, 17))));
        assertEquals(422, FaultProblems.status(e));
        assertEquals(5, e.extensions().get("minimumWorkingDays"));
        assertEquals("2025-10-11T00:00+08:00", e.extensions().get("earliestClose"));
        assertNotNull(market.post(OWNER, draw("足期项目", at(2025, 10, 11, 0))));

        f.config.put("minPublicationWorkingDays", 2);
        market.configure(f.config());
        assertNotNull(market.post(OWNER, draw("短期项目", at(2025, 10, 1, 0))), "the minimum is the node's to set");
    }

    @Test
    void nobodyButSupervisionLearnsWhoRegisteredBeforeTheWindowCloses() {
        Project p = drawn("农贸市场改造规划放线测量");
        assertNull(market.project(p.id()).orElseThrow().registrations(), "not even how many");
        Fault e = assertThrows(Fault.class, () -> market.registrations(OWNER, p.id()));
        assertEquals(409, FaultProblems.status(e));
        assertEquals(1, market.registrations(staff(2), p.id()).size(), "an agency sees its own registration");
        List<Registration> looked = market.registrations(SUPERVISOR, p.id());
        assertEquals(3, looked.size());
        assertEquals(List.of("supervisor intermediary-project:" + p.code() + " registrations before the close"), f.accessLog);

        f.now = at(2025, 10, 13, 10);
        assertEquals(3, market.project(p.id()).orElseThrow().registrations());
        assertEquals(3, market.registrations(OWNER, p.id()).size());
        market.registrations(SUPERVISOR, p.id());
        assertEquals(1, f.accessLog.size(), "after the close a look is an ordinary one");
    }

    @Test
    void aCancellationAfterTheDrawIsPublishedCountedAndFollowsTheNeedWhenItIsPostedAgain() {
        Project first = select(drawn("农贸市场改造规划放线测量"));
        assertThrows(Fault.class, () -> market.cancel(OWNER, first.id(), " "), "a reason is required");
        Project cancelled = market.cancel(OWNER, first.id(), "预算调整");
        assertTrue(cancelled.cancellation().afterSelection());
        assertEquals("预算调整", market.project(first.id()).orElseThrow().cancellation().reason());
        assertTrue(f.audited().contains("intermediary.project.cancelled after its selection: 预算调整"));

        Project open = market.post(OWNER, draw("社区服务中心规划放线测量", at(2025, 10, 21, 9)));
        market.cancel(OWNER, open.id(), "需求取消");
        assertFalse(market.project(open.id()).orElseThrow().cancellation().afterSelection(), "before the draw, nothing was drawn");

        Project again = market.post(OWNER, draw("农贸市场改造规划放线测量（重新发布）", at(2025, 10, 21, 9)));
        assertEquals(first.id(), again.relaunchOf());
        assertEquals(1, again.earlierAttempts().size());
        assertEquals(first.selection().candidates(), again.earlierAttempts().get(0).selection().candidates());
        assertEquals(first.winnerAgencyId(), again.earlierAttempts().get(0).selection().winnerAgencyId());
        assertNull(market.post(OWNER, draw("道路改造规划放线测量", at(2025, 10, 21, 9))).relaunchOf(), "another need");

        OwnerRecord owner = market.owners(SUPERVISOR).get(0);
        assertEquals(OWNER_CODE, owner.ownerCreditCode());
        assertEquals(4, owner.projects());
        assertEquals(1, owner.cancelledAfterSelection());
        assertThrows(Fault.class, () -> market.owners(OWNER), "for supervision");
    }

    @Test
    void aNeedPostedAgainAfterThePeriodStandsAlone() {
        Project first = select(drawn("农贸市场改造规划放线测量"));
        market.cancel(OWNER, first.id(), "预算调整");
        f.now = f.now.plus(java.time.Duration.ofDays(181));
        assertNull(market.post(OWNER, draw("农贸市场改造规划放线测量", f.now.plus(java.time.Duration.ofDays(14)))).relaunchOf());
    }

    @Test
    void anOwnerListsTheProjectsOfItsAccountOrIdentityAndNobodyElses() {
        Project mine = market.post(OWNER, draw("农贸市场改造规划放线测量", at(2025, 10, 13, 9)));
        Project clerks = market.post(Caller.fromRealm("clerk", List.of("clerk")),
                draw("道路改造规划放线测量", at(2025, 10, 13, 9)));
        Caller sameIdentity = Caller.fromRealm("owner-2",
                List.of("applicant", "identity:" + OWNER_CODE));
        // The owner's identity owns both, the one a clerk posted for it at the window too; the newest first.
        assertEquals(List.of(clerks.id(), mine.id()), market.projectsOf(sameIdentity).stream().map(Project::id).toList());
        assertEquals(List.of(clerks.id()), market.projectsOf(Caller.fromRealm("clerk", List.of("clerk")))
                .stream().map(Project::id).toList());
        assertTrue(market.projectsOf(Caller.fromRealm("clerk-2", List.of("clerk"))).isEmpty());
    }
}
