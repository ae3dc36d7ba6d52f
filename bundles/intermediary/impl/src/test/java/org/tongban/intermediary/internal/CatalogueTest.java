package org.tongban.intermediary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.intermediary.internal.MarketFixture.OWNER;
import static org.tongban.intermediary.internal.MarketFixture.SERVICE;
import static org.tongban.intermediary.internal.MarketFixture.SUPERVISOR;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.fault.Fault;
import org.tongban.core.fault.Invalid;
import org.tongban.core.rest.FaultProblems;
import org.tongban.intermediary.IntermediaryService;

/** The catalogue of services: kept by supervision, every fault of a service listed, an item's services found. */
class CatalogueTest {

    private final MarketFixture f = new MarketFixture();
    private Catalogue catalogue;

    @BeforeEach
    void start() {
        f.start();
        catalogue = new Catalogue(f.context());
    }

    @Test
    void onlySupervisionKeepsTheCatalogueAndEveryFaultOfAServiceIsListed() {
        IntermediaryService hp = new IntermediaryService("ZJ-HP", "环境影响评价", "《环境影响评价法》", List.of("370783-HP-01"), 20, "市场调节");
        assertEquals(403, FaultProblems.status(assertThrows(Fault.class, () -> catalogue.saveService(OWNER, hp))));
        Invalid e = assertThrows(Invalid.class,
                () -> catalogue.saveService(SUPERVISOR, new IntermediaryService("环评", " ", null, List.of(), 0, "")));
        assertEquals(400, FaultProblems.status(e));
        assertEquals(5, e.errors().size(), "code, name, legal basis, time limit and fee standard");
        catalogue.saveService(SUPERVISOR, hp);
        assertTrue(f.audited().contains("intermediary.service.saved 环境影响评价"));
    }

    @Test
    void aServiceIsSavedAgainUnderItsCodeAndFoundByTheItemThatRequiresIt() {
        catalogue.saveService(SUPERVISOR, new IntermediaryService("ZJ-HP", "环评", "《环境影响评价法》", List.of("370783-HP-01"), 20, "市场调节"));
        catalogue.saveService(SUPERVISOR, new IntermediaryService("ZJ-HP", "环境影响评价", "《环境影响评价法》", List.of("370783-HP-01"), 15,
                "市场调节"));
        assertEquals(List.of(SERVICE, "ZJ-HP"), catalogue.services(null).stream().map(IntermediaryService::code).toList());
        assertEquals(15, catalogue.service("ZJ-HP").orElseThrow().timeLimitDays());
        assertEquals(List.of("ZJ-HP"), catalogue.services(" 370783-HP-01 ").stream().map(IntermediaryService::code).toList());
        assertTrue(catalogue.services("370783-XX-99").isEmpty());
    }
}
