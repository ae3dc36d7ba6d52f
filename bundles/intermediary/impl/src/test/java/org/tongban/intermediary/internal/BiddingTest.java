package org.tongban.intermediary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.intermediary.internal.MarketFixture.OWNER;
import static org.tongban.intermediary.internal.MarketFixture.SUPERVISOR;
import static org.tongban.intermediary.internal.MarketFixture.at;
import static org.tongban.intermediary.internal.MarketFixture.draw;
import static org.tongban.intermediary.internal.MarketFixture.lowestPrice;
import static org.tongban.intermediary.internal.MarketFixture.staff;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.FaultProblems;
import org.tongban.core.security.Caller;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.Registration;
import org.tongban.intermediary.RegistrationRequest;

/** Registering for an open project: the method's terms, one registration per agency, and the bid sealed until the close. */
class BiddingTest {

    private final MarketFixture f = new MarketFixture();
    private Bidding bidding;
    private Project open;

    @BeforeEach
    void start() {
        f.start();
        for (int n = 1; n <= 3; n++) {
            f.agency(n);
        }
        MarketContext ctx = f.context();
        bidding = new Bidding(ctx);
        open = new Postings(ctx).post(OWNER, lowestPrice("社区服务中心规划放线测量", at(2025, 10, 13, 9)));
    }

    private static int status(Executable call) {
        return FaultProblems.status(assertThrows(Fault.class, call));
    }

    private static RegistrationRequest bid(String amount) {
        return new RegistrationRequest(amount == null ? null : new BigDecimal(amount), null);
    }

    @Test
    void aBidIsKeptButReachesNeitherTheAuditTrailNorTheOutboxBeforeTheOpening() {
        bidding.register(staff(1), open.id(), bid("8600.5"));
        assertEquals(new BigDecimal("8600.50"), bidding.registrations(staff(1), open.id()).get(0).bid(), "the agency sees its own");
        assertTrue(f.audited().contains("intermediary.project.registration 测绘公司1 registered (bid sealed)"));
        assertTrue(Stream.concat(f.audited().stream(), f.outboxed().stream()).noneMatch(x -> x.contains("8600")), f.outboxed().toString());
        Registration looked = bidding.registrations(SUPERVISOR, open.id()).get(0);
        assertNull(looked.bid(), "supervision sees who registered, never how much, before the close");
        assertEquals(1, f.accessLog.size(), "and its look is noted");
        assertEquals(409, status(() -> bidding.registrations(OWNER, open.id())), "the owner learns nothing before the close");
    }

    @Test
    void theMethodSetsWhatARegistrationCarries() {
        assertEquals(400, status(() -> bidding.register(staff(1), open.id(), bid(null))), "a lowest price needs a bid");
        assertEquals(400, status(() -> bidding.register(staff(1), open.id(), bid("0"))));
        Project drawn = new Postings(f.context()).post(OWNER, draw("农贸市场改造规划放线测量", at(2025, 10, 13, 9)));
        assertEquals(400, status(() -> bidding.register(staff(1), drawn.id(), bid("9000"))), "the owner fixed the price");
        assertEquals(drawn.id(), bidding.register(staff(1), drawn.id(), null).projectId());
    }

    @Test
    void anAgencyRegistersOnceWhileTheWindowIsOpenAndOnlyIfItQualifies() {
        bidding.register(staff(2), open.id(), bid("9000"));
        assertEquals(409, status(() -> bidding.register(staff(2), open.id(), bid("8000"))), "once");
        assertEquals(403, status(() -> bidding.register(Caller.fromRealm("agency-9", List.of("agency")), open.id(), bid("8000"))),
                "an account without an agency");
        assertEquals(404, status(() -> bidding.register(staff(1), 999, bid("8000"))));
        assertEquals(List.of(1L, 2L, 3L), bidding.qualifiedFor(open.id()).stream().map(Agency::id).toList());

        f.now = at(2025, 10, 13, 9);
        assertEquals(409, status(() -> bidding.register(staff(1), open.id(), bid("8000"))), "closed");
        List<Registration> after = bidding.registrations(OWNER, open.id());
        assertEquals(List.of(new BigDecimal("9000.00")), after.stream().map(Registration::bid).toList(), "opened at the close");
    }
}
