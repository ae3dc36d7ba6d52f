package org.tongban.intermediary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.intermediary.internal.MarketFixture.OWNER;
import static org.tongban.intermediary.internal.MarketFixture.SUPERVISOR;
import static org.tongban.intermediary.internal.MarketFixture.at;
import static org.tongban.intermediary.internal.MarketFixture.draw;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tongban.core.fault.Fault;
import org.tongban.core.fault.Invalid;
import org.tongban.core.rest.FaultProblems;
import org.tongban.core.security.Caller;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.ProjectRequest;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.SelectionMethod;

/** Posting a project in the owner's name with a committed seed, listing projects, and cancelling one before a contract. */
class PostingsTest {

    private static final Caller STRANGER = Caller.fromRealm("stranger", List.of("applicant", "identity:91350100M000200Y20"));
    private final MarketFixture f = new MarketFixture();
    private Postings postings;

    @BeforeEach
    void start() {
        f.start();
        postings = new Postings(f.context());
    }

    private static int status(Executable call) {
        return FaultProblems.status(assertThrows(Fault.class, call));
    }

    @Test
    void aProjectIsPostedInItsOwnersNameWithEveryFaultListedAndOnlyTheSeedsHashPublished() {
        ProjectRequest r = draw("农贸市场改造规划放线测量", at(2025, 10, 13, 9));
        assertEquals(403, status(() -> postings.post(STRANGER, r)), "an applicant posts for their own identity only");
        Invalid bad = assertThrows(Invalid.class, () -> postings.post(OWNER, new ProjectRequest(r.serviceCode(), " ", " ", r.ownerName(),
                r.ownerCreditCode(), null, null, null, 0, null, SelectionMethod.RANDOM_DRAW, r.registrationCloses(), true, r.areaCode())));
        assertEquals(List.of("title is required", "scope is required: what the agency is to do",
                "timeLimitDays (working days) is at least 1", "fixedPrice is required for a random draw: the owner fixes the price"),
                bad.errors());
        assertEquals(400, status(() -> postings.post(OWNER, new ProjectRequest("ZJ-NONE", r.title(), r.scope(), r.ownerName(),
                r.ownerCreditCode(), null, null, r.fixedPrice(), 5, null, r.method(), r.registrationCloses(), true, r.areaCode()))));

        Project p = postings.post(OWNER, r);
        assertEquals(ProjectStatus.OPEN, p.status());
        assertTrue(p.code().startsWith("ZJ370783-2025-"));
        assertEquals(64, p.seedCommitment().length());
        assertTrue(f.outboxed().stream().anyMatch(x -> x.startsWith("intermediary.project.posted ") && x.contains(p.seedCommitment())));
        String seed = f.tx.read(c -> ProjectStore.project(c, p.id()).orElseThrow().seed);
        assertTrue(f.outboxed().stream().noneMatch(x -> x.contains(seed)), "the seed stays secret until the selection");
    }

    @Test
    void projectsAreListedNewestFirstWithinTheLimitAndCancelledOnlyBeforeAContract() {
        Project first = postings.post(OWNER, draw("农贸市场改造规划放线测量", at(2025, 10, 13, 9)));
        Project second = postings.post(OWNER, draw("道路改造规划放线测量", at(2025, 10, 13, 9)));
        assertEquals(List.of(second.id()), postings.projects(ProjectStatus.OPEN, 0).stream().map(Project::id).toList());
        assertEquals(403, status(() -> postings.cancel(STRANGER, first.id(), "不需要了")));
        assertEquals(404, status(() -> postings.cancel(OWNER, 999, "不需要了")));
        assertEquals(ProjectStatus.CANCELLED, postings.cancel(SUPERVISOR, first.id(), "重复发布").status());
        assertEquals(409, status(() -> postings.cancel(OWNER, first.id(), "重复发布")), "once");
        assertEquals(List.of(first.id()), postings.projects(ProjectStatus.CANCELLED, 10).stream().map(Project::id).toList());
        assertNotEquals(first.code(), second.code());
    }
}
