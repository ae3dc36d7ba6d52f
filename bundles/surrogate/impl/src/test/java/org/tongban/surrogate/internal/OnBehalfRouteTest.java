package org.tongban.surrogate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.core.NodeLevel.CITY;
import static org.tongban.core.NodeLevel.COUNTY;
import static org.tongban.core.NodeLevel.TOWNSHIP;
import static org.tongban.core.NodeLevel.VILLAGE;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.core.NodeLevel;

class OnBehalfRouteTest {

    private static OnBehalfRoute route(NodeLevel here, boolean intake, NodeLevel... handled) {
        return OnBehalfRoute.of(here, Set.of(handled), intake, "宅基地审批");
    }

    @Test
    void anItemHandledAtTheNodesOwnLevelIsTakenInHere() {
        OnBehalfRoute township = route(TOWNSHIP, true, TOWNSHIP);
        assertTrue(township.local());
        assertEquals(TOWNSHIP, township.decidingLevel());
        assertFalse(township.refused());
        OnBehalfRoute city = route(CITY, true, CITY, COUNTY);
        assertTrue(city.local(), "the demo city node: a city agent helps with a city item at the city's own hall");
        assertEquals(CITY, city.decidingLevel());
        assertTrue(route(TOWNSHIP, true, CITY, COUNTY, TOWNSHIP).local(), "handled here too: not sent up to the county");
        assertTrue(route(TOWNSHIP, true, TOWNSHIP, VILLAGE).local(), "handled below as well: here is the lowest level at or above");
    }

    @Test
    void anItemHandledOnlyAboveGoesToTheLowestLevelAboveThatHandlesIt() {
        assertEquals(TOWNSHIP, route(VILLAGE, false, CITY, COUNTY, TOWNSHIP).decidingLevel());
        assertEquals(COUNTY, route(VILLAGE, false, CITY, COUNTY).decidingLevel());
        assertEquals(CITY, route(COUNTY, true, CITY, TOWNSHIP).decidingLevel());
        assertFalse(route(COUNTY, true, CITY, TOWNSHIP).local());
        OnBehalfRoute village = route(VILLAGE, false, VILLAGE, TOWNSHIP);
        assertEquals(TOWNSHIP, village.decidingLevel(), "a village point runs no intake: it forwards even what villages may handle");
        assertFalse(village.local());
        assertEquals(COUNTY, route(TOWNSHIP, false, TOWNSHIP, COUNTY).decidingLevel(), "a township without intake forwards");
    }

    @Test
    void anItemHandledOnlyBelowIsRefusedNamingWhy() {
        OnBehalfRoute r = route(COUNTY, true, TOWNSHIP);
        assertTrue(r.refused());
        assertNull(r.decidingLevel());
        assertEquals("handled-below", r.problem());
        assertEquals("宅基地审批 is handled at [TOWNSHIP], below this COUNTY node: an agent of a point at that level takes it in there",
                r.reason());
        assertEquals("handled-below", route(CITY, true, TOWNSHIP, VILLAGE).problem());
    }

    @Test
    void anItemHandledNowhereAtOrAboveIsRefused() {
        OnBehalfRoute none = route(TOWNSHIP, true);
        assertEquals("not-handled-above", none.problem());
        assertEquals("宅基地审批 is handled at [], at no level at or above this TOWNSHIP point", none.reason());
        OnBehalfRoute villageOnly = route(VILLAGE, false, VILLAGE);
        assertEquals("not-handled-above", villageOnly.problem());
        assertTrue(villageOnly.reason().endsWith("and this VILLAGE point runs no intake to take it in here"), villageOnly.reason());
    }
}
