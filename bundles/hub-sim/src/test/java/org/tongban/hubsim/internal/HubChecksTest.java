package org.tongban.hubsim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubChecksTest {

    @Test
    void aWellFormedRecordPasses() {
        assertEquals(List.of(), HubChecks.problems("r1", "ACCEPTANCE", "C1",
                Map.of("sblsh", "C1", "sxbm", "I1", "slsj", "20261125093000", "cnbjsj", "20261202")));
    }

    @Test
    void everyFaultIsNamed() {
        List<String> p = HubChecks.problems("r2", "EVALUATION", "C1", Map.of("sblsh", "C1", "pjjg", "0", "pjsj", "2026-11-25"));
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.contains("pjsj is a date-time YYYYMMDDhhmmss, not 2026-11-25"));
        assertTrue(p.contains("pjjg is a satisfaction code 1-5, not 0"));
        assertTrue(HubChecks.problems("r3", "APPLICATION", "C1", Map.of("sblsh", "C1")).size() >= 5, "required fields");
        assertTrue(HubChecks.problems("r4", "PAYMENT", "C1", Map.of("sblsh", "C1")).get(0).startsWith("dataset is one of"));
        assertTrue(HubChecks.problems("r5", "RESULT", "C1", Map.of("sblsh", "C2", "bjsj", "20261125093000", "bjjg", "1")).get(0)
                .startsWith("sblsh"), "a record names its own case");
    }
}
