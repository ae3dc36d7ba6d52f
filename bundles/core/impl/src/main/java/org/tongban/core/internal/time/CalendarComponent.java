package org.tongban.core.internal.time;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.calendar.CalendarDependent;
import org.tongban.core.calendar.CalendarYear;
import org.tongban.core.calendar.DateChange;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.calendar.YearTableCalendar;
import org.tongban.core.schedule.PeriodicTask;
import org.tongban.core.schedule.PeriodicTasks;

/**
 * The calendar: years shipped in this bundle plus the ops folder, any other year provisional. A watcher reads the
 * folder every few seconds; when a year's data changes (an official file arrives, is edited or removed) every
 * {@link CalendarDependent} recomputes its dates. What a dependent has not done yet (it failed, or it was not there) is
 * retried on the next tick, and a dependent that appears recomputes what it holds provisionally, so a crash between
 * loading a file and recomputing loses nothing.
 */
@Component(service = {WorkingDayCalendar.class, CalendarAdmin.class}, configurationPid = "org.tongban.calendar")
@Designate(ocd = CalendarConfig.class)
public class CalendarComponent implements WorkingDayCalendar, CalendarAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarComponent.class);

    /** Each dependent with what it still has to recompute: changed years, and whether to catch up on provisional dates. */
    private final Map<CalendarDependent, Due> dependents = new ConcurrentHashMap<>();
    private volatile CalendarSources sources;
    private volatile YearTableCalendar cached;
    private Map<Integer, CalendarYear> shipped;
    private PeriodicTask watcher;

    @Reference
    PeriodicTasks periodic;

    @Activate
    void activate(BundleContext context, CalendarConfig config) {
        shipped = shippedYears(context);
        configure(config);
    }

    @Modified
    synchronized void configure(CalendarConfig config) {
        String dir = config.directory().isBlank()
                ? System.getProperty("karaf.etc", "etc") + "/tongban/calendar" : config.directory();
        sources = new CalendarSources(shipped, Path.of(dir), problem -> LOG.error("calendar: {}", problem), ProvisionalYears::of);
        YearTableCalendar before = cached;
        cached = sources.current();
        if (before != null) {
            changed(before, cached);
        }
        LOG.info("calendar: official years {} (folder {}); other years provisional", cached.years(), dir);
        if (watcher != null) {
            watcher.close();
        }
        Duration period = Duration.ofSeconds(Math.max(1, config.recheckSeconds()));
        watcher = periodic.every("calendar recheck", period, period, this::tick);
    }

    @Deactivate
    synchronized void deactivate() {
        watcher.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDependent(CalendarDependent dependent, Map<String, Object> properties) {
        // A new dependent recomputes what it holds provisionally (catch-up after a restart or redeploy).
        dependents.put(dependent, new Due(properties.get("service.ranking") instanceof Integer r ? r : 0));
    }

    void removeDependent(CalendarDependent dependent) {
        dependents.remove(dependent);
    }

    /** What one dependent still has to recompute. Guarded by itself. */
    private static final class Due {
        /** Higher first: those whose dates others follow (supervision's cards follow intake's dates). */
        final int ranking;
        final Set<Integer> years = new TreeSet<>();
        boolean catchUp = true;

        Due(int ranking) {
            this.ranking = ranking;
        }
    }

    private void tick() {
        try {
            YearTableCalendar before = cached;
            YearTableCalendar now = sources.current();
            if (now != before) {
                cached = now;
                changed(before, now);
            }
            dependents.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue().ranking, a.getValue().ranking))
                    .forEach(e -> recompute(e.getKey(), e.getValue()));
        } catch (RuntimeException e) {
            LOG.error("calendar: check of the folder failed, trying again: {}", e.toString());
        }
    }

    /** Marks the years whose data differ as to be recomputed by every dependent. */
    private void changed(YearTableCalendar before, YearTableCalendar now) {
        Set<Integer> years = new TreeSet<>(before.given().keySet());
        years.addAll(now.given().keySet());
        years.removeIf(y -> before.year(y).equals(now.year(y)));
        if (years.isEmpty()) {
            return;
        }
        for (int y : years) {
            LOG.warn("calendar: {} is {} now", y, now.isOfficial(y) ? "official (file loaded)" : "provisional (no official file)");
        }
        dependents.forEach((d, due) -> {
            synchronized (due) {
                due.years.addAll(years);
            }
        });
    }

    private void recompute(CalendarDependent dependent, Due due) {
        Set<Integer> years;
        synchronized (due) {
            if (!due.catchUp && due.years.isEmpty()) {
                return;
            }
            years = Set.copyOf(due.years);
            due.catchUp = false;
        }
        try {
            List<DateChange> changes = dependent.recompute(years);
            synchronized (due) {
                due.years.removeAll(years);
            }
            if (!changes.isEmpty()) {
                LOG.info("calendar: {} date(s) recomputed by {}", changes.size(), dependent.getClass().getSimpleName());
            }
        } catch (RuntimeException e) {
            synchronized (due) {
                due.catchUp = true;
            }
            LOG.warn("calendar: {} could not recompute its dates yet, trying again: {}", dependent.getClass().getSimpleName(),
                    e.toString());
        }
    }

    @Override
    public List<CalendarYear> years(int from, int to) {
        List<CalendarYear> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            out.add(cached.year(y));
        }
        return out;
    }

    @Override
    public List<String> refused() {
        return sources.refused();
    }

    @Override
    public CalendarPreview preview(int year, List<String> lines) {
        CalendarYear candidate = CalendarYear.parse(year, lines);
        YearTableCalendar now = cached;
        YearTableCalendar tried = now.with(candidate);
        CalendarYear current = now.year(year);
        List<LocalDate> off = new ArrayList<>();
        List<LocalDate> on = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean was = current.isWorkingDay(d);
            boolean will = candidate.isWorkingDay(d);
            if (was && !will) {
                off.add(d);
            } else if (!was && will) {
                on.add(d);
            }
        }
        List<DateChange> changes = new ArrayList<>();
        for (CalendarDependent d : List.copyOf(dependents.keySet())) {
            changes.addAll(d.preview(tried, Set.of(year)));
        }
        return new CalendarPreview(year, current.provisional(), off, on, changes);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return cached.isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int days) {
        return cached.addWorkingDays(start, days);
    }

    @Override
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        return cached.workingDaysBetween(from, to);
    }

    @Override
    public SortedSet<Integer> years() {
        return cached.years();
    }

    @Override
    public boolean isOfficial(int year) {
        return cached.isOfficial(year);
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
