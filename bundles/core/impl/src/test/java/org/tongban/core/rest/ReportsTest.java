package org.tongban.core.rest;

import org.tongban.core.rest.FaultProblems;
import org.tongban.core.fault.Fault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportsTest {

    @Test
    void theFormatParameterWinsOverAccept() {
        assertTrue(Reports.csv("csv", null));
        assertTrue(Reports.csv("CSV", "application/json"));
        assertFalse(Reports.csv("json", "text/csv"));
        assertTrue(Reports.csv(null, "text/csv"));
        assertFalse(Reports.csv(null, null));
    }

    @Test
    void aFormatNotMadeIsA400NotJson() {
        Fault e = assertThrows(Fault.class, () -> Reports.csv("xlsx", "text/csv"));
        assertEquals(400, FaultProblems.status(e));
    }

    @Test
    void theCsvIsADownloadNamedAfterTheReport() {
        assertEquals("attachment; filename=\"bulletin-2026-06.csv\"", Reports.attachment("bulletin-2026-06"));
    }
}
