package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseStoreTest {

    @Test
    void publishedPersonsNamesKeepOnlyTheFamilyName() {
        assertEquals("张**", CaseStore.maskName("张三丰"));
        assertEquals("欧***", CaseStore.maskName("欧阳娜娜"));
        assertEquals("王*", CaseStore.maskName("王"));
        assertEquals("", CaseStore.maskName(null));
    }
}
