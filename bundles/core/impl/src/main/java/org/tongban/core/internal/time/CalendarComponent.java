package org.tongban.core.internal.time;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.calendar.CalendarYear;
import org.tongban.core.calendar.WorkingDayCalendar;

/** The official calendar: years shipped in this bundle plus the ops folder, re-read when a file changes. */
@Component(service = WorkingDayCalendar.class, configurationPid = "org.tongban.calendar")
@Designate(ocd = CalendarConfig.class)
public class CalendarComponent implements WorkingDayCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarComponent.class);

    private volatile CalendarSources sources;
    private volatile long recheckNanos;
    private volatile long nextCheck;
    private volatile WorkingDayCalendar cached;
    private Map<Integer, CalendarYear> shipped;

    @Activate
    void activate(BundleContext context, CalendarConfig config) {
        shipped = shippedYears(context);
        configure(config);
    }

    @Modified
    void configure(CalendarConfig config) {
        String dir = config.directory().isBlank()
                ? System.getProperty("karaf.etc", "etc") + "/tongban/calendar" : config.directory();
        sources = new CalendarSources(shipped, Path.of(dir), problem -> LOG.error("calendar: {}", problem));
        recheckNanos = Math.max(0, config.recheckSeconds()) * 1_000_000_000L;
        cached = null;
        LOG.info("calendar years {} (folder {})", current().years(), dir);
    }

    /** The folder is looked at no more than once per recheck period; in between the last calendar answers. */
    private WorkingDayCalendar current() {
        long now = System.nanoTime();
        WorkingDayCalendar calendar = cached;
        if (calendar == null || now - nextCheck >= 0) {
            nextCheck = now + recheckNanos;
            calendar = sources.current();
            cached = calendar;
        }
        return calendar;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return current().isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int days) {
        return current().addWorkingDays(start, days);
    }

    @Override
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        return current().workingDaysBetween(from, to);
    }

    @Override
    public SortedSet<Integer> years() {
        return current().years();
    }

    private static Map<Integer, CalendarYear> shippedYears(BundleContext context) {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        Enumeration<URL> entries = context.getBundle().findEntries("calendar", "*.cal", false);
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            int year = Integer.parseInt(name.substring(0, 4));
            try (InputStream in = url.openStream()) {
                years.put(year, CalendarYear.parse(year, List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))));
            } catch (IOException e) {
                throw new IllegalStateException("shipped calendar " + name + " unreadable", e);
            }
        }
        return years;
    }
}
