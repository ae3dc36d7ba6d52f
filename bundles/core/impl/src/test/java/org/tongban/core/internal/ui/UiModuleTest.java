package org.tongban.core.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UiModuleTest {

    private static final String INTAKE = """
            {"id": "intake", "order": 10, "title": {"zh": "受理", "en": "Intake"},
             "entries": [
               {"id": "clerk", "title": {"zh": "综合窗口", "en": "Window"}, "roles": ["clerk"], "script": "clerk.js"},
               {"id": "queue", "title": {"zh": "办件", "en": "Cases"}, "roles": ["clerk", "supervisor"], "script": "queue.js"}]}
            """;

    private static UiModule parse(String json) throws IOException {
        return UiModule.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDeclarationIsReadWithItsEntries() throws IOException {
        UiModule m = parse(INTAKE);
        assertEquals("intake", m.id());
        assertEquals(10, m.order());
        assertEquals(new UiModule.UiText("受理", "Intake"), m.title());
        assertEquals(List.of("clerk", "queue"), m.entries().stream().map(UiModule.UiEntry::id).toList());
        assertEquals("clerk.js", m.entries().get(0).script());
    }

    @Test
    void aCallerSeesOnlyTheEntriesOfItsRolesAndNoModuleWithoutOne() throws IOException {
        UiModule m = parse(INTAKE);
        assertEquals(List.of("queue"), m.visibleTo(List.of("supervisor")).entries().stream().map(UiModule.UiEntry::id).toList());
        assertEquals(2, m.visibleTo(List.of("clerk")).entries().size());
        assertNull(m.visibleTo(List.of("reviewer")));
        assertNull(m.visibleTo(List.of()));
    }

    @Test
    void englishFallsBackToChinese() throws IOException {
        UiModule m = parse("""
                {"id": "x", "title": {"zh": "某"}, "entries": [{"id": "a", "title": {"zh": "甲"}, "roles": ["ops"], "script": "a.js"}]}
                """);
        assertEquals("某", m.title().en());
        assertEquals(100, m.order());
    }

    @Test
    void aMalformedDeclarationIsRefusedNamingEveryFault() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("""
                {"id": "Shell!", "title": {}, "entries": [{"id": "a", "title": {"zh": "甲"}, "roles": [], "script": "../a.js"}]}
                """));
        assertTrue(e.getMessage().contains("id must be"), e.getMessage());
        assertTrue(e.getMessage().contains("script must name"), e.getMessage());
        assertTrue(e.getMessage().contains("roles must name"), e.getMessage());
        assertTrue(e.getMessage().contains("Chinese text"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse("{\"id\": \"shell\", \"title\": {\"zh\": \"壳\"}, \"entries\": []}"));
        assertThrows(IllegalArgumentException.class, () -> parse("[]"));
    }
}
