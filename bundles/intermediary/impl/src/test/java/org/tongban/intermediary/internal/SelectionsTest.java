package org.tongban.intermediary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.intermediary.internal.MarketFixture.OWNER;
import static org.tongban.intermediary.internal.MarketFixture.at;
import static org.tongban.intermediary.internal.MarketFixture.direct;
import static org.tongban.intermediary.internal.MarketFixture.lowestPrice;
import static org.tongban.intermediary.internal.MarketFixture.staff;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.FaultProblems;
import org.tongban.core.security.Caller;
import org.tongban.intermediary.DrawVerification;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.RegistrationRequest;

/** The selection: made by the owner once registration closes, published with its bids, re-checked by anyone. */
class SelectionsTest {

    private static final Caller STRANGER = Caller.fromRealm("stranger", List.of("applicant", "identity:91350100M000200Y20"));
    private final MarketFixture f = new MarketFixture();
    private final long[] agencies = new long[3];
    private MarketContext ctx;
    private Selections selections;

    @BeforeEach
    void start() {
        f.start();
        for (int n = 1; n <= 3; n++) {
            agencies[n - 1] = f.agency(n);
        }
        ctx = f.context();
        selections = new Selections(ctx);
    }

    private static int status(Executable call) {
        return FaultProblems.status(assertThrows(Fault.class, call));
    }

    @Test
    void theLowestBidWinsOnceTheWindowClosesAndTheDrawIsReChecked() {
        Project p = new Postings(ctx).post(OWNER, lowestPrice("社区服务中心规划放线测量", at(2025, 10, 13, 9)));
        Bidding bidding = new Bidding(ctx);
        String[] bids = {"9100", "8600", "11000"};
        for (int n = 1; n <= 3; n++) {
            bidding.register(staff(n), p.id(), new RegistrationRequest(new BigDecimal(bids[n - 1]), null));
        }
        assertEquals(409, status(() -> selections.select(OWNER, p.id())), "bids stay sealed until the close");
        assertEquals(409, status(() -> selections.verify(p.id())), "the seed is still secret");

        f.now = at(2025, 10, 13, 10);
        assertEquals(403, status(() -> selections.select(STRANGER, p.id())), "not the owner's");
        Project selected = selections.select(OWNER, p.id());
        assertEquals(ProjectStatus.SELECTED, selected.status());
        assertEquals(agencies[1], selected.winnerAgencyId());
        assertEquals(new BigDecimal("8600.00"), selected.selection().winningBid(), "published with the selection");
        assertTrue(f.audited().stream().anyMatch(x -> x.startsWith("intermediary.project.selection selected 测绘公司2 at 8600.00")));
        assertEquals(409, status(() -> selections.select(OWNER, p.id())), "once");

        DrawVerification v = selections.verify(p.id());
        assertTrue(v.matches() && v.seedMatchesCommitment());
        assertEquals(agencies[1], v.recomputedWinner());
    }

    @Test
    void aDirectSelectionIsTheOwnersChoiceOfAQualifiedAgency() {
        Project p = new Postings(ctx).post(OWNER, direct("社区服务中心规划放线测量"));
        assertEquals(ProjectStatus.AWAITING_CHOICE, p.status());
        assertEquals(409, status(() -> selections.select(OWNER, p.id())), "the owner chooses");
        assertEquals(404, status(() -> selections.choose(OWNER, p.id(), 999, null)));
        Project chosen = selections.choose(OWNER, p.id(), agencies[2], "曾承担同类项目");
        assertEquals(ProjectStatus.SELECTED, chosen.status());
        assertEquals(agencies[2], chosen.winnerAgencyId());
        assertEquals("chosen by the owner: 曾承担同类项目", chosen.selection().note());
        assertEquals(409, status(() -> selections.choose(OWNER, p.id(), agencies[0], null)), "there is no choice left");
    }

    @Test
    void rulesAreFoundByTheirVersionOnly() {
        String version = SelectionRules.Rules.DEFAULTS.version();
        assertEquals(SelectionRules.Rules.DEFAULTS.text(), selections.rules(version).orElseThrow().content());
        assertTrue(selections.rules("latest").isEmpty());
        assertTrue(selections.rules(null).isEmpty());
    }
}
