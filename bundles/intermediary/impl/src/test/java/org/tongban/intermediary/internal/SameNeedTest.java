package org.tongban.intermediary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameNeedTest {

    private static StoredProject p(String owner, String service, String area, String title) {
        StoredProject p = new StoredProject();
        p.ownerCreditCode = owner;
        p.serviceCode = service;
        p.areaCode = area;
        p.title = title;
        return p;
    }

    @Test
    void aTitlePostedAgainWithAMarkOrASmallEditIsTheSameNeed() {
        assertTrue(SameNeed.similarTitles("农贸市场改造规划放线测量", "农贸市场改造规划放线测量（重新发布）"));
        assertTrue(SameNeed.similarTitles("农贸市场改造 规划放线测量", "农贸市场改造规划放线测量"), "spaces");
        assertTrue(SameNeed.similarTitles("ＡＢＣ小区规划放线测量", "abc小区规划放线测量"), "full width and case");
        assertTrue(SameNeed.similarTitles("文家街道农贸市场改造规划放线测量", "文家街道农贸市场改建规划放线测量"), "one character changed");
    }

    @Test
    void anotherSiteOfTheSameServiceIsAnotherNeed() {
        assertEquals(0.7, SameNeed.dice(SameNeed.normalize("道路改造规划放线测量"), SameNeed.normalize("农贸市场改造规划放线测量")), 1e-9);
        assertFalse(SameNeed.similarTitles("道路改造规划放线测量", "农贸市场改造规划放线测量"));
        assertFalse(SameNeed.similarTitles("社区服务中心规划放线测量", "农贸市场改造规划放线测量"));
        assertFalse(SameNeed.similarTitles("——", "农贸市场"), "a title of punctuation only matches nothing");
    }

    @Test
    void theSameNeedIsTheSameOwnerServiceAndDivision() {
        StoredProject first = p("91350100M000100Y43", "ZJ-FXCL", "370783", "农贸市场改造规划放线测量");
        assertTrue(SameNeed.same(first, p("91350100M000100Y43", "ZJ-FXCL", "370783", "农贸市场改造规划放线测量")));
        assertFalse(SameNeed.same(first, p("91370783MA3C0A1B11", "ZJ-FXCL", "370783", "农贸市场改造规划放线测量")));
        assertFalse(SameNeed.same(first, p("91350100M000100Y43", "ZJ-KCDJ", "370783", "农贸市场改造规划放线测量")));
        assertFalse(SameNeed.same(first, p("91350100M000100Y43", "ZJ-FXCL", "370725", "农贸市场改造规划放线测量")));
    }
}
