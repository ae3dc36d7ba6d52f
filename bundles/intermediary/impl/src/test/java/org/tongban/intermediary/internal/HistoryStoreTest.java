package org.tongban.intermediary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.intermediary.Cancellation;
import org.tongban.intermediary.EarlierAttempt;
import org.tongban.intermediary.OwnerRecord;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.SelectionMethod;

/** The SQL of rule versions, cancellations and earlier attempts on a real Derby with the intermediary migrations. */
class HistoryStoreTest {

    private static final String OWNER = "91350100M000100Y43";
    private static final Instant T0 = Instant.parse("2025-10-13T02:00:00Z");
    private Connection c;

    @BeforeEach
    void database() throws SQLException {
        c = new MarketFixture().migrated();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private StoredProject project(String owner, String service, String title, String rulesVersion) throws SQLException {
        return project(owner, service, title, rulesVersion, null);
    }

    private StoredProject project(String owner, String service, String title, String rulesVersion, Long relaunchOf)
            throws SQLException {
        StoredProject p = new StoredProject();
        p.serviceCode = service;
        p.title = title;
        p.scope = "测量";
        p.ownerName = "业主" + owner.substring(15);
        p.ownerCreditCode = owner;
        p.ownerAccount = "owner";
        p.timeLimitDays = 5;
        p.method = SelectionMethod.RANDOM_DRAW;
        p.publishedAt = T0;
        p.closes = T0.plusSeconds(86400);
        p.areaCode = "370783";
        p.status = ProjectStatus.OPEN;
        p.seed = Draws.newSeed();
        p.seedCommitment = Draws.commitment(p.seed);
        p.rulesVersion = rulesVersion;
        p.relaunchOf = relaunchOf;
        ProjectStore.insert(c, p, T0.toEpochMilli());
        return p;
    }

    private void cancel(StoredProject p, Instant at, boolean afterSelection) throws SQLException {
        p.status = ProjectStatus.CANCELLED;
        p.cancellation = new Cancellation(at, "理由", afterSelection);
        ProjectStore.update(c, p, at.toEpochMilli());
    }

    @Test
    void rulesAreKeptOnceUnderTheirVersionAndProjectsWithoutOneGetTheRulesOfTheUpgrade() throws SQLException {
        SelectionRules.Rules r = SelectionRules.Rules.DEFAULTS;
        HistoryStore.keep(c, r, 1);
        HistoryStore.keep(c, r, 2);
        assertEquals(r.text(), HistoryStore.rules(c, r.version()).orElseThrow().content());
        assertEquals(r.version(), HistoryStore.rules(c, r.version()).orElseThrow().version());
        assertTrue(HistoryStore.rules(c, "0".repeat(64)).isEmpty());

        StoredProject legacy = project(OWNER, "ZJ-FXCL", "旧项目", null);
        StoredProject versioned = project(OWNER, "ZJ-FXCL", "新项目", "a".repeat(64));
        assertEquals(1, HistoryStore.pinUnversioned(c, r.version()));
        assertEquals(r.version(), ProjectStore.project(c, legacy.id).orElseThrow().rulesVersion);
        assertEquals("a".repeat(64), ProjectStore.project(c, versioned.id).orElseThrow().rulesVersion);
    }

    @Test
    void aCancellationAndTheProjectARepostFollowsAreStoredAndTheEarlierAttemptsFollowed() throws SQLException {
        StoredProject first = project(OWNER, "ZJ-FXCL", "农贸市场", "a".repeat(64), null);
        cancel(first, T0, true);
        assertEquals(new Cancellation(T0, "理由", true), ProjectStore.project(c, first.id).orElseThrow().cancellation);
        StoredProject second = project(OWNER, "ZJ-FXCL", "农贸市场（重新发布）", "a".repeat(64), first.id);
        cancel(second, T0.plusSeconds(60), true);
        StoredProject third = project(OWNER, "ZJ-FXCL", "农贸市场（第三次）", "a".repeat(64), second.id);

        StoredProject read = ProjectStore.project(c, third.id).orElseThrow();
        assertEquals(second.id, read.relaunchOf);
        assertNull(read.cancellation);
        List<EarlierAttempt> earlier = Relaunches.of(c, read);
        assertEquals(List.of(second.id, first.id), earlier.stream().map(EarlierAttempt::projectId).toList(), "newest first");
        assertEquals("理由", earlier.get(1).cancellation().reason());
    }

    @Test
    void theCancellationsASameNeedIsLookedForAmongAreTheOwnersOfTheServiceAfterSelectionWithinThePeriod() throws SQLException {
        StoredProject drawn = project(OWNER, "ZJ-FXCL", "农贸市场", "a".repeat(64));
        cancel(drawn, T0, true);
        cancel(project(OWNER, "ZJ-FXCL", "未开标即取消", "a".repeat(64)), T0, false);
        cancel(project(OWNER, "ZJ-KCDJ", "另一服务", "a".repeat(64)), T0, true);
        cancel(project("91370783MA3C0A1B11", "ZJ-FXCL", "另一业主", "a".repeat(64)), T0, true);
        cancel(project(OWNER, "ZJ-FXCL", "很久以前", "a".repeat(64)), T0.minusSeconds(200 * 86400L), true);

        List<HistoryStore.Cancelled> found = HistoryStore.cancelledAfterSelection(c, OWNER, "ZJ-FXCL", T0.minusSeconds(180 * 86400L).toEpochMilli());
        assertEquals(List.of(new HistoryStore.Cancelled(drawn.id, "农贸市场", "370783")), found);

        List<OwnerRecord> owners = HistoryStore.owners(c);
        assertEquals(new OwnerRecord(OWNER, "业主Y43", 4, 3, T0), owners.get(0));
        assertEquals(new OwnerRecord("91370783MA3C0A1B11", "业主B11", 1, 1, T0), owners.get(1));
    }

    @Test
    void aRowCancelledBeforeCancellationsKeptTheirTimeStillShowsItsReason() throws SQLException {
        StoredProject p = project(OWNER, "ZJ-FXCL", "旧的取消", "a".repeat(64));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE intermediary_project SET status = 'CANCELLED', cancel_reason = '旧理由' WHERE id = " + p.id);
        }
        assertEquals(new Cancellation(null, "旧理由", false), ProjectStore.project(c, p.id).orElseThrow().cancellation);
    }
}
