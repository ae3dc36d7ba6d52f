package org.tongban.evaluation.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The applicant's and the hall tablet's 好差评 pages: every message they name is there in Chinese and English, each
 * entry is for its role alone, and no page gives an evaluation under the browser's session (the code is the credential).
 */
class ApplicantPagesTest {

    private static final List<String> PAGES = List.of("applicant-evaluate.js", "applicant-review.js", "applicant-code.js",
            "tablet-evaluate.js");
    private static final Pattern KEY = Pattern.compile("ctx\\.t\\('([^']+)'\\s*([,)+])");

    @Test
    void everyKeyThePagesNameIsThereInBothLanguages() throws IOException {
        Map<String, Object> zh = messages("zh");
        Map<String, Object> en = messages("en");
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (String page : PAGES) {
            Matcher m = KEY.matcher(read(page));
            while (m.find()) {
                named++;
                String key = m.group(1);
                boolean prefix = m.group(2).equals("+");
                for (Map<String, Object> dict : List.of(zh, en)) {
                    if (prefix ? dict.keySet().stream().noneMatch(k -> k.startsWith(key)) : !dict.containsKey(key)) {
                        missing.add(page + ": " + key + (dict == zh ? " (zh)" : " (en)"));
                    }
                }
            }
        }
        assertTrue(named > 30, "the pages were read: " + named + " keys");
        assertEquals(List.of(), missing);
        assertTrue(new TreeSet<>(zh.keySet()).containsAll(List.of("level.VERY_SATISFIED", "level.SATISFIED", "level.BASIC",
                "level.DISSATISFIED", "level.VERY_DISSATISFIED")), "the five levels of GB/T 39734");
    }

    @Test
    void theEntriesAreTheApplicantsAndTheTabletsAlone() throws IOException {
        JsonNode entries = new ObjectMapper().readTree(read("module.json")).path("entries");
        List<String> mine = new ArrayList<>();
        entries.forEach(e -> {
            String script = e.path("script").asText();
            if (script.startsWith("applicant-") || script.startsWith("tablet-")) {
                mine.add(e.path("id").asText() + " " + e.path("roles") + " " + script);
            }
        });
        assertEquals(List.of("applicant [\"applicant\"] applicant-evaluate.js", "tablet [\"tablet\"] tablet-evaluate.js"), mine);
    }

    @Test
    void evaluationsGoWithTheCodeAloneNeverTheSession() throws IOException {
        assertTrue(read("applicant-code.js").contains("credentials: 'omit'"));
        for (String page : List.of("applicant-evaluate.js", "tablet-evaluate.js")) {
            String text = read(page);
            assertFalse(Pattern.compile("ctx\\.api\\([^)]*invitationPath").matcher(text).find(), page + " sends a review through the session");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> messages(String language) throws IOException {
        return new ObjectMapper().readValue(read("messages." + language + ".json"), Map.class);
    }

    private static String read(String file) throws IOException {
        try (InputStream in = ApplicantPagesTest.class.getResourceAsStream("/ui/" + file)) {
            assertTrue(in != null, file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
