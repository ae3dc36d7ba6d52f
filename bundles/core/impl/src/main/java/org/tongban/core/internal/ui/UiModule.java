package org.tongban.core.internal.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.tongban.core.internal.json.Json;

/**
 * A capability's pages as its bundle's {@code module.json} declares them: the module's id (its address below
 * {@code /ui/}), its place in the navigation, its title, and its entries, each with the roles that may use it and the
 * script the shell imports for it. A malformed declaration is refused whole, naming every fault.
 */
public record UiModule(String id, int order, UiText title, List<UiEntry> entries) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /** A text in both languages of the hall: Chinese first, English second. */
    public record UiText(String zh, String en) {
    }

    /** One page of a module: its id in the hash route, its title, the roles that see it, and its script. */
    public record UiEntry(String id, UiText title, List<String> roles, String script) {

        public UiEntry {
            roles = List.copyOf(roles);
        }

        /** Whether a caller with these realm role names may use the entry. */
        public boolean openTo(Collection<String> callerRoles) {
            return roles.stream().anyMatch(callerRoles::contains);
        }
    }

    public UiModule {
        entries = List.copyOf(entries);
    }

    /** The module with only the entries a caller with these realm role names may use; null when none is left. */
    public UiModule visibleTo(Collection<String> callerRoles) {
        List<UiEntry> open = entries.stream().filter(e -> e.openTo(callerRoles)).toList();
        return open.isEmpty() ? null : new UiModule(id, order, title, open);
    }

    /** Reads a {@code module.json}; throws {@link IllegalArgumentException} listing every fault. */
    public static UiModule parse(InputStream json) throws IOException {
        JsonNode root = Json.mapper().readTree(json);
        List<String> faults = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("module.json is not a JSON object");
        }
        String id = root.path("id").asText("");
        if (!ID.matcher(id).matches() || id.equals(UiPaths.SHELL)) {
            faults.add("id must be lower-case letters, digits and '-' (at most 32), and not '" + UiPaths.SHELL + "': " + id);
        }
        UiText title = text(root.path("title"), "title", faults);
        List<UiEntry> entries = new ArrayList<>();
        JsonNode list = root.path("entries");
        if (!list.isArray() || list.isEmpty()) {
            faults.add("entries must list at least one entry");
        }
        for (JsonNode e : list) {
            entries.add(entry(e, faults));
        }
        if (!faults.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", faults));
        }
        return new UiModule(id, root.path("order").asInt(100), title, entries);
    }

    private static UiEntry entry(JsonNode e, List<String> faults) {
        String id = e.path("id").asText("");
        if (!ID.matcher(id).matches()) {
            faults.add("an entry's id must be lower-case letters, digits and '-': " + id);
        }
        String script = e.path("script").asText("");
        if (UiPaths.file(script) == null || !script.endsWith(".js")) {
            faults.add("entry " + id + ": script must name a .js file of the module: " + script);
        }
        List<String> roles = new ArrayList<>();
        e.path("roles").forEach(r -> roles.add(r.asText()));
        if (roles.isEmpty()) {
            faults.add("entry " + id + ": roles must name at least one role");
        }
        return new UiEntry(id, text(e.path("title"), "entry " + id + "'s title", faults), roles, script);
    }

    private static UiText text(JsonNode t, String what, List<String> faults) {
        String zh = t.path("zh").asText("");
        if (zh.isBlank()) {
            faults.add(what + " needs at least its Chinese text (zh)");
        }
        String en = t.path("en").asText("");
        return new UiText(zh, en.isBlank() ? zh : en);
    }
}
