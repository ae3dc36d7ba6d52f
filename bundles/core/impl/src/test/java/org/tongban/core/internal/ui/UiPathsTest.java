package org.tongban.core.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UiPathsTest {

    @Test
    void aModuleFileIsNamedByModuleAndRelativePath() {
        assertEquals(new UiPaths.Target("intake", "clerk.js"), UiPaths.target("intake/clerk.js"));
        assertEquals(new UiPaths.Target("intake", "img/stamp.svg"), UiPaths.target("intake/img/stamp.svg"));
        assertEquals(new UiPaths.Target("shell", "index.html"), UiPaths.target("shell/index.html"));
    }

    @Test
    void noPathLeavesTheModulesFolderOrListsIt() {
        for (String bad : new String[] {"intake/../core/x.js", "intake/..", "../etc/passwd.txt", "intake/", "intake",
                "intake//clerk.js", "intake/.hidden.js", "intake/a\\b.js", "intake/%2e%2e/x.js", "/intake/clerk.js",
                "intake/clerk.js/", "intake/sub/../../x.js", ".../x.js"}) {
            assertNull(UiPaths.target(bad), bad);
        }
    }

    @Test
    void onlyThePageTypesAreServedEachWithItsType() {
        assertEquals("text/javascript;charset=utf-8", UiPaths.contentType("clerk.js"));
        assertEquals("text/css;charset=utf-8", UiPaths.contentType("clerk.CSS"));
        assertEquals("application/json;charset=utf-8", UiPaths.contentType("messages.zh.json"));
        assertEquals("text/html;charset=utf-8", UiPaths.contentType("index.html"));
        assertNull(UiPaths.target("intake/Clerk.class"));
        assertNull(UiPaths.target("intake/module"));
        assertNull(UiPaths.target("intake/config.properties"));
    }
}
