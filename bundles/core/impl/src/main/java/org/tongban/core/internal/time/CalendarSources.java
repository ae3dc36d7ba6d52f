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
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tongban.core.calendar.CalendarDataMissingException;
import org.tongban.core.calendar.CalendarYear;
import org.tongban.core.calendar.YearTableCalendar;

/**
 * Builds the calendar from the years shipped in the bundle, overridden and extended by {@code YYYY.cal} files in
 * the ops folder. Re-reads the folder only when a file's name, size or time changed. A file that does not parse
 * is reported and its year keeps the previous (or shipped) data, so a typo never takes deadlines down; a year with
 * no good data at all is provisional (computed from the statutory rules).
 */
public final class CalendarSources {

    private static final Pattern FILE = Pattern.compile("(\\d{4})\\.cal");

    private final Map<Integer, CalendarYear> shipped;
    private final Path directory;
    private final Consumer<String> problems;
    private final IntFunction<CalendarYear> provisional;
    private Map<Integer, CalendarYear> lastGood = new TreeMap<>();
    private List<String> refused = List.of();
    private String signature = "";
    private YearTableCalendar current;

    /** Without provisional years: any year without data is refused (tests of the folder logic). */
    public CalendarSources(Map<Integer, CalendarYear> shipped, Path directory, Consumer<String> problems) {
        this(shipped, directory, problems, year -> {
            throw new CalendarDataMissingException(year);
        });
    }

    public CalendarSources(Map<Integer, CalendarYear> shipped, Path directory, Consumer<String> problems,
                           IntFunction<CalendarYear> provisional) {
        this.shipped = Map.copyOf(shipped);
        this.directory = directory;
        this.problems = problems;
        this.provisional = provisional;
        this.current = new YearTableCalendar(shipped.values(), provisional);
    }

    /** The files of the folder refused at the last reading, each with the line and reason. */
    public synchronized List<String> refused() {
        return refused;
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
        List<String> bad = new ArrayList<>();
        for (Path file : files()) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            m.matches();
            int year = Integer.parseInt(m.group(1));
            try {
                good.put(year, CalendarYear.parse(year, Files.readAllLines(file, StandardCharsets.UTF_8)));
            } catch (IOException | IllegalArgumentException e) {
                String kept = lastGood.containsKey(year) ? "the previous file's data" : shipped.containsKey(year) ? "the shipped data"
                        : "the provisional year";
                String problem = file.getFileName() + " refused: " + e.getMessage() + " (" + year + " keeps " + kept + ")";
                bad.add(problem);
                problems.accept(file + ": " + e.getMessage() + " (" + year + " keeps " + kept + ")");
                if (lastGood.containsKey(year)) {
                    good.put(year, lastGood.get(year));
                }
            }
        }
        lastGood = good;
        refused = List.copyOf(bad);
        years.putAll(good);
        return new YearTableCalendar(years.values(), provisional);
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
