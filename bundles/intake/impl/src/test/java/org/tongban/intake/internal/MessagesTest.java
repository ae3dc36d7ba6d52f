package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(MessagesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void chineseIsTheDefaultWhateverTheNodesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("「食品经营许可」不受理自然人的申请，请由法人或者其他组织申请。",
                    Messages.text(Messages.CHINESE, "refused.scope.person", "食品经营许可"));
            assertTrue(Messages.text(Locale.FRENCH, "notice.approved").contains("准予许可"), "a language we lack reads Chinese");
        } finally {
            Locale.setDefault(before);
        }
        assertEquals("Granted (准予许可).", Messages.text(Locale.US, "notice.approved"));
    }

    @Test
    void everyMessageHasItsEnglishAndNoOther() throws Exception {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertEquals(zh.keySet(), en.keySet());
        for (String key : zh.stringPropertyNames()) {
            assertTrue(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), key);
        }
    }
}
