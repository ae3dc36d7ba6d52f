package org.tongban.intermediary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.intermediary.internal.MarketFixture.OWNER;
import static org.tongban.intermediary.internal.MarketFixture.at;
import static org.tongban.intermediary.internal.MarketFixture.lowestPrice;
import static org.tongban.intermediary.internal.MarketFixture.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.FaultProblems;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.RegistrationRequest;

/** After the selection: a contract at the selected price, the winner's delivery, the owner's review and the agency's credit. */
class ContractsTest {

    private final MarketFixture f = new MarketFixture();
    private Contracts contracts;
    private Agencies agencies;
    private Project selected;
    private long winner;

    @BeforeEach
    void start() {
        f.start();
        for (int n = 1; n <= 3; n++) {
            f.agency(n);
        }
        MarketContext ctx = f.context();
        agencies = new Agencies(ctx);
        contracts = new Contracts(ctx, agencies);
        Project p = new Postings(ctx).post(OWNER, lowestPrice("社区服务中心规划放线测量", at(2025, 10, 13, 9)));
        for (int n = 1; n <= 3; n++) {
            new Bidding(ctx).register(staff(n), p.id(), new RegistrationRequest(new BigDecimal(8000 + 500 * n), null));
        }
        f.now = at(2025, 10, 13, 10);
        selected = new Selections(ctx).select(OWNER, p.id());
        winner = selected.winnerAgencyId();
    }

    private static int status(Executable call) {
        return FaultProblems.status(assertThrows(Fault.class, call));
    }

    @Test
    void theContractIsAtTheSelectedPriceAndDueAfterTheServicesWorkingDays() {
        LocalDate today = LocalDate.of(2025, 10, 13);
        assertEquals(400, status(() -> contracts.contract(OWNER, selected.id(), " ", new BigDecimal("8500"), null)));
        assertEquals(400, status(() -> contracts.contract(OWNER, selected.id(), "HT-1", new BigDecimal("8500"), today.plusDays(1))),
                "not signed in the future");
        assertEquals(409, status(() -> contracts.contract(OWNER, selected.id(), "HT-1", new BigDecimal("9000"), null)),
                "the selected price is the price");
        Project p = contracts.contract(OWNER, selected.id(), "HT-1", new BigDecimal("8500"), null);
        assertEquals(ProjectStatus.CONTRACTED, p.status());
        assertEquals(new BigDecimal("8500.00"), p.contract().amount());
        assertEquals(MarketFixture.calendar().addWorkingDays(today, 5), p.contract().dueDate());
        assertEquals(409, status(() -> contracts.contract(OWNER, selected.id(), "HT-2", new BigDecimal("8500"), null)), "once");
    }

    @Test
    void onlyTheWinnerDeliversAndTheOwnersReviewScoresItsCredit() {
        assertEquals(409, status(() -> contracts.deliver(staff(1), selected.id(), "成果报告")), "there is no contract yet");
        contracts.contract(OWNER, selected.id(), "HT-1", new BigDecimal("8500"), null);
        assertEquals(403, status(() -> contracts.deliver(staff(2), selected.id(), "成果报告")), "not the winner");
        assertEquals(400, status(() -> contracts.deliver(staff(1), selected.id(), " ")));
        assertEquals(409, status(() -> contracts.review(OWNER, selected.id(), 5, null)), "nothing delivered yet");
        assertEquals(ProjectStatus.DELIVERED, contracts.deliver(staff(1), selected.id(), "成果报告 CG-2025-017").status());

        assertEquals(400, status(() -> contracts.review(OWNER, selected.id(), 6, null)));
        Project reviewed = contracts.review(OWNER, selected.id(), 5, "按期交付");
        assertEquals(ProjectStatus.REVIEWED, reviewed.status());
        assertTrue(reviewed.review().onTime());
        assertEquals(100, agencies.agency(winner).orElseThrow().creditScore(), "five of five, on time");
        assertTrue(f.audited().contains("intermediary.project.reviewed score 5, on time"));
        assertTrue(f.audited().stream().anyMatch(x -> x.startsWith("intermediary.agency.credit 测绘公司1: credit 80 (B) → 100 (A)")));
    }
}
