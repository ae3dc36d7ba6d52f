package org.tongban.intake.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Intake's pages speak both languages: the Chinese and English messages hold the same keys, and every message a page
 * names (ctx.t('key'), or ctx.t('prefix.' + value) for a family of keys) is in them, so no page shows a bare key; the
 * clerk's, the reviewer's and the applicant's pages are each for their role alone.
 */
class UiMessagesTest {

    private static final List<String> PAGES = List.of("clerk.js", "cases.js", "actions.js", "documents.js", "materials.js",
            "reviews.js", "review-case.js", "review-actions.js", "online-catalog.js", "online-apply.js", "online-cases.js",
            "online-materials.js");
    private static final Pattern KEY = Pattern.compile("ctx\\.t\\('([^']+)'\\s*([,)+])");

    @Test
    void bothLanguagesHoldTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(messages("zh").keySet()), new TreeSet<>(messages("en").keySet()));
    }

    @Test
    void everyKeyAPageNamesIsThere() throws IOException {
        Map<String, Object> zh = messages("zh");
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (String page : PAGES) {
            Matcher m = KEY.matcher(read(page));
            while (m.find()) {
                named++;
                String key = m.group(1);
                boolean found = m.group(2).equals("+") ? zh.keySet().stream().anyMatch(k -> k.startsWith(key)) : zh.containsKey(key);
                if (!found) {
                    missing.add(page + ": " + key);
                }
            }
        }
        assertTrue(named > 100, "the pages were read: " + named + " keys");
        assertEquals(List.of(), missing);
    }

    @Test
    void theReviewersPagesAreTheirsAlone() throws IOException {
        JsonNode entries = new ObjectMapper().readTree(read("module.json")).path("entries");
        List<String> reviewers = new ArrayList<>();
        entries.forEach(e -> {
            if (e.path("roles").toString().contains("\"reviewer\"")) {
                reviewers.add(e.path("id").asText() + " " + e.path("roles") + " " + e.path("script").asText());
            }
        });
        assertEquals(List.of("reviews [\"reviewer\"] reviews.js"), reviewers);
    }

    @Test
    void theApplicantsPagesAreTheirsAlone() throws IOException {
        JsonNode entries = new ObjectMapper().readTree(read("module.json")).path("entries");
        List<String> online = new ArrayList<>();
        entries.forEach(e -> {
            if (e.path("roles").toString().contains("\"applicant\"") || e.path("script").asText().startsWith("online-")) {
                online.add(e.path("id").asText() + " " + e.path("roles") + " " + e.path("script").asText());
            }
        });
        assertEquals(List.of("online [\"applicant\"] online-catalog.js", "mine [\"applicant\"] online-cases.js"), online);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> messages(String language) throws IOException {
        return new ObjectMapper().readValue(read("messages." + language + ".json"), Map.class);
    }

    private static String read(String file) throws IOException {
        try (InputStream in = UiMessagesTest.class.getResourceAsStream("/ui/" + file)) {
            assertTrue(in != null, file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
