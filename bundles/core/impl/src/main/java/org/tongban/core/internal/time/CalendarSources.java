package org.tongban.core.internal.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tongban.core.calendar.CalendarYear;
import org.tongban.core.calendar.YearTableCalendar;

/**
 * Builds the calendar from the years shipped in the bundle, overridden and extended by {@code YYYY.cal} files in
 * the ops folder. Re-reads the folder only when a file's name, size or time changed. A file that does not parse
 * is reported and its year keeps the previous (or shipped) data, so a typo never takes deadlines down.
 */
public final class CalendarSources {

    private static final Pattern FILE = Pattern.compile("(\\d{4})\\.cal");

    private final Map<Integer, CalendarYear> shipped;
    private final Path directory;
    private final Consumer<String> problems;
    private Map<Integer, CalendarYear> lastGood = new TreeMap<>();
    private String signature = "";
    private YearTableCalendar current;

    public CalendarSources(Map<Integer, CalendarYear> shipped, Path directory, Consumer<String> problems) {
        this.shipped = Map.copyOf(shipped);
        this.directory = directory;
        this.problems = problems;
        this.current = new YearTableCalendar(shipped.values());
    }

    /** The calendar as of the folder's current content. */
    public synchronized YearTableCalendar current() {
        String now = signature();
        if (!now.equals(signature)) {
            signature = now;
            current = load();
        }
        return current;
    }

    private YearTableCalendar load() {
        Map<Integer, CalendarYear> years = new TreeMap<>(shipped);
        Map<Integer, CalendarYear> good = new TreeMap<>();
        for (Path file : files()) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            m.matches();
            int year = Integer.parseInt(m.group(1));
            try {
                good.put(year, CalendarYear.parse(year, Files.readAllLines(file, StandardCharsets.UTF_8)));
            } catch (IOException | IllegalArgumentException e) {
                problems.accept(file + ": " + e.getMessage() + " (keeping the previous data for " + year + ")");
                if (lastGood.containsKey(year)) {
                    good.put(year, lastGood.get(year));
                }
            }
        }
        lastGood = good;
        years.putAll(good);
        return new YearTableCalendar(years.values());
    }

    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        if (directory == null || !Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*.cal")) {
            for (Path p : ds) {
                if (FILE.matcher(p.getFileName().toString()).matches()) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            problems.accept("cannot list " + directory + ": " + e.getMessage());
        }
        out.sort(null);
        return out;
    }

    private String signature() {
        StringBuilder sb = new StringBuilder();
        for (Path p : files()) {
            try {
                sb.append(p.getFileName()).append(':').append(Files.size(p)).append(':')
                        .append(Files.getLastModifiedTime(p).toMillis()).append(';');
            } catch (IOException e) {
                sb.append(p.getFileName()).append(":?;");
            }
        }
        return sb.toString();
    }
}
