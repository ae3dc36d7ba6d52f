package org.tongban.core.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realm's accounts file: {@code user = HASH,role,unit,...} a line ({@code etc/tongban-users.properties}); a hash
 * starting with {@code !} is a disabled account. Read as a whole, written back line by line (comments and order kept)
 * through a temporary file moved into place, so a reader never sees half a file.
 */
public final class UsersFile {

    private static final Pattern LINE = Pattern.compile("^\\s*([A-Za-z0-9_.@-]+)\\s*[=:]\\s*(.*?)\\s*$");

    /** One account: its stored hash, whether disabled, and its roles and units as the realm lists them. */
    public record Entry(String user, String hash, boolean disabled, List<String> names) {

        String line() {
            return user + " = " + (disabled ? "!" : "") + hash + (names.isEmpty() ? "" : "," + String.join(",", names));
        }
    }

    private final Path path;
    private String stamp = "";
    private Map<String, Entry> parsed;

    public UsersFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** The accounts, parsed again only when the file's size or time changed (health and logins ask often). */
    public synchronized Map<String, Entry> read() {
        String now = stamp();
        if (!now.equals(stamp) || parsed == null) {
            Map<String, Entry> out = new LinkedHashMap<>();
            for (String line : lines()) {
                parse(line).ifPresent(e -> out.put(e.user(), e));
            }
            parsed = java.util.Collections.unmodifiableMap(out);
            stamp = now;
        }
        return parsed;
    }

    private String stamp() {
        try {
            return Files.exists(path) ? Files.size(path) + ":" + Files.getLastModifiedTime(path).toMillis() : "none";
        } catch (IOException e) {
            return "?";
        }
    }

    public Optional<Entry> find(String user) {
        return Optional.ofNullable(read().get(user));
    }

    /** Adds the account, or replaces the line of an account of that name. */
    public synchronized void put(Entry entry) {
        List<String> lines = new ArrayList<>(lines());
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            Optional<Entry> e = parse(lines.get(i));
            if (e.isPresent() && e.get().user().equals(entry.user())) {
                lines.set(i, entry.line());
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(entry.line());
        }
        write(lines);
    }

    static Optional<Entry> parse(String line) {
        if (line.isBlank() || line.trim().startsWith("#") || line.trim().startsWith("!")) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] parts = unescape(m.group(2)).split(",");
        String hash = parts[0].trim();
        boolean disabled = hash.startsWith("!");
        List<String> names = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                names.add(parts[i].trim());
            }
        }
        return Optional.of(new Entry(m.group(1), disabled ? hash.substring(1) : hash, disabled, List.copyOf(names)));
    }

    /** The value as a properties reader sees it: {@code \:} is a colon (tools that write properties escape it). */
    static String unescape(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' && i + 1 < value.length()) {
                b.append(value.charAt(++i));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private List<String> lines() {
        try {
            return Files.exists(path) ? Files.readAllLines(path, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private void write(List<String> lines) {
        parsed = null;   // an edit within the clock's resolution must not be missed
        try {
            Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
