package org.tongban.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.Problem;
import org.tongban.core.rest.Role;

class SecurityFilterTest {

    @Allowed({Role.CLERK, Role.AGENT})
    static class Cases {
        public void list() {
        }

        @Allowed(Role.SUPERVISOR)
        public void cards() {
        }
    }

    static class Plain {
        public void anything() {
        }
    }

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBasicCredentials() {
        assertArrayEquals(new String[] {"clerk", "clerk-demo"}, SecurityFilter.credentials(basic("clerk:clerk-demo")).orElseThrow());
        assertArrayEquals(new String[] {"u", "p:w:d"}, SecurityFilter.credentials(basic("u:p:w:d")).orElseThrow());
        assertArrayEquals(new String[] {"u", "p"}, SecurityFilter.credentials("basic " + basic("u:p").substring(6)).orElseThrow());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"Bearer abc", "Basic !!!notbase64", "Basic dXNlcg==", "Basic OnBhc3M="})
    void ignoresAnythingElse(String header) {
        // dXNlcg== is "user" (no colon); OnBhc3M= is ":pass" (no user)
        assertTrue(SecurityFilter.credentials(header).isEmpty());
    }

    @Test
    void methodRolesWinThenClassThenOpsOnly() throws Exception {
        assertEquals(Set.of("supervisor"), SecurityFilter.allowedRoles(Cases.class.getMethod("cards"), Cases.class));
        assertEquals(Set.of("clerk", "agent"), SecurityFilter.allowedRoles(Cases.class.getMethod("list"), Cases.class));
        assertEquals(Set.of("ops"), SecurityFilter.allowedRoles(Plain.class.getMethod("anything"), Plain.class));
    }

    @Test
    void problemBodiesFollowRfc7807Order() {
        Problem p = new Problem(Problem.TYPE_BASE + "invalid", "Invalid input", 400, null, null,
                Map.of("errors", List.of("a", "b"), "status", 999));
        Map<String, Object> body = Problems.body(p);
        assertEquals(List.of("type", "title", "status", "errors"), List.copyOf(body.keySet()));
        assertEquals(400, body.get("status"), "an extension cannot overwrite a standard member");
    }
}
