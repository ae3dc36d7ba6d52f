package org.tongban.surrogate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointNewsTest {

    @Test
    void newsReadsBackAsItWasSent() {
        PointNews sent = new PointNews("village-1/OB-1", "case.accepted", "C1", "ACCEPTED", null, List.of(),
                LocalDate.of(2026, 12, 2), "true", null, "promised 2026-12-02");
        assertEquals(sent, PointNews.read(StoredJson.json(sent.payload())));
    }

    @Test
    void newsOfAnOlderSenderWithoutSomeKeysReads() {
        PointNews n = PointNews.read("{\"ref\":\"village-1/OB-1\",\"action\":\"surrogate.refused\",\"detail\":\"no\",\"later\":1}");
        assertEquals("surrogate.refused", n.action());
        assertNull(n.missing(), "not told: the point keeps what it has");
        assertNull(n.promisedDate());
    }
}
