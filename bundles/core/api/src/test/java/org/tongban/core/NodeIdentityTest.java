package org.tongban.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NodeIdentityTest {

    @Test
    void theDemoChainIsValid() {
        new NodeIdentity("weifang", NodeLevel.CITY, "370700", "潍坊市政务服务中心", "", false);
        new NodeIdentity("shouguang", NodeLevel.COUNTY, "370783", "寿光市", "http://127.0.0.1:8181", false);
        NodeIdentity township = new NodeIdentity("wenjia", NodeLevel.TOWNSHIP, "370783003", "文家街道", " http://127.0.0.1:8182 ", true);
        assertEquals("http://127.0.0.1:8182", township.upstream());
        assertEquals(8182, township.upstreamUri().orElseThrow().getPort());
        NodeIdentity village = new NodeIdentity("v1", NodeLevel.VILLAGE, "370783003201", "村代办点", null, false);
        assertNull(village.upstream());
        assertTrue(village.upstreamUri().isEmpty());
    }

    @Test
    void everyFaultIsNamedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NodeIdentity("bad id!", NodeLevel.TOWNSHIP, "370783", " ", "ftp://x", false));
        String m = e.getMessage();
        assertTrue(m.contains("id must be"), m);
        assertTrue(m.contains("township node has 9 digits, got 6"), m);
        assertTrue(m.contains("name is missing"), m);
        assertTrue(m.contains("upstream must be an http(s) URL"), m);
    }

    @Test
    void missingLevelAndNonDigitCode() {
        String m = assertThrows(IllegalArgumentException.class,
                () -> new NodeIdentity("x", null, "37O700", "n", null, false)).getMessage();
        assertTrue(m.contains("level is missing") && m.contains("divisionCode must be digits"), m);
    }

    @Test
    void levelsParseInAnyCaseAndNameTheirProfile() {
        assertEquals(NodeLevel.TOWNSHIP, NodeLevel.parse(" Township "));
        assertEquals("tongban-village", NodeLevel.VILLAGE.profileFeature());
        assertEquals(12, NodeLevel.VILLAGE.divisionCodeLength());
        String m = assertThrows(IllegalArgumentException.class, () -> NodeLevel.parse("province")).getMessage();
        assertTrue(m.contains("city, county, township, village"), m);
    }
}
