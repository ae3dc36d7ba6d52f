package org.tongban.core.internal.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.tongban.core.calendar.DateChange;
import org.tongban.core.internal.time.CalendarAdmin;
import org.tongban.core.internal.time.CalendarPreview;

/** The dry run before ops put an official year file into etc/tongban/calendar/: what it changes, loading nothing. */
@Service
@Command(scope = "tongban", name = "calendar-preview",
        description = "Dry run of a YYYY.cal file: the days it changes and every open date that would move; loads nothing")
public class CalendarPreviewCommand implements Action {

    private static final Pattern NAME = Pattern.compile("(\\d{4})\\.cal");

    @Reference
    CalendarAdmin admin;

    @Argument(index = 0, name = "file", description = "The year file, named YYYY.cal", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() {
        Path path = Path.of(file);
        Matcher m = NAME.matcher(path.getFileName().toString());
        if (!m.matches()) {
            System.out.println("the file must be named YYYY.cal (the year it is for), not " + path.getFileName());
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        CalendarPreview p;
        try {
            p = admin.preview(year, Files.readAllLines(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.out.println("cannot read " + path + ": " + e.getMessage());
            return null;
        } catch (IllegalArgumentException e) {
            System.out.println("would be refused: " + e.getMessage());
            return null;
        }
        System.out.printf("%d: replaces the %s year%n", year, p.replacesProvisional() ? "provisional" : "official");
        System.out.println("new days off:     " + (p.newDaysOff().isEmpty() ? "none" : p.newDaysOff()));
        System.out.println("new working days: " + (p.newWorkingDays().isEmpty() ? "none" : p.newWorkingDays()));
        long moved = p.changes().stream().filter(DateChange::moved).count();
        System.out.printf("%d date(s) would move, %d would only lose their provisional mark%n", moved, p.changes().size() - moved);
        for (DateChange c : p.changes()) {
            System.out.printf("  %-40s %-22s %s -> %s%s%n", c.subject(), c.what(), c.before(), c.after(),
                    c.provisionalAfter() ? " (still provisional)" : "");
        }
        return null;
    }
}
