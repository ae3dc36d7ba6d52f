package org.tongban.core.internal.time;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tongban.core.calendar.CalendarDataMissingException;
import org.tongban.core.calendar.CalendarYear;

/**
 * A year computed from the statutory holiday rules (全国年节及纪念日放假办法, as amended 2024, in force 2025), used
 * while the State Council's notice for the year is not loaded yet, so that deadlines can still be computed (and are
 * marked provisional, to be recomputed once the official file arrives): the notice comes late in the preceding
 * year, while deadlines reach into the next year well before.
 * <p>
 * Statutory days: 元旦 1 January; 春节 lunar New Year's Eve (last day of the 12th month) and the 1st–3rd of the first
 * month; 清明 the day of the Qingming solar term; 劳动节 1–2 May; 端午 5/5 and 中秋 8/15 of the lunar calendar;
 * 国庆 1–3 October. Lunar dates and the solar term come from the 6tail lunar library, embedded in this bundle.
 * <p>
 * Weekend rule (our decision; the notices also move weekend days, which we cannot predict): a statutory day that
 * falls on a Saturday or Sunday, or on a day that is already another holiday's statutory day (中秋 on 1–3 October,
 * as in 2028), is made up on the next weekday after it that is not already a day off (statutory or an earlier
 * make-up), taken in date order. So no statutory day is lost and no weekend day becomes a working day.
 */
public final class ProvisionalYears {

    /**
     * The rules as amended in 2024 hold from 2025 (earlier years had 11 statutory days, and every node ships them
     * officially anyway); the library's lunar tables are checked up to 2100, beyond it extrapolates.
     */
    static final int FIRST_YEAR = 2025;
    static final int LAST_YEAR = 2099;

    private ProvisionalYears() {
    }

    /** The provisional year: weekends plus the statutory holidays (and their make-up days); provisional = true, no working weekend days. */
    public static CalendarYear of(int year) {
        List<Map.Entry<LocalDate, String>> days = statutory(year);
        Set<LocalDate> off = new TreeSet<>();
        days.forEach(e -> off.add(e.getKey()));
        Set<LocalDate> seen = new TreeSet<>();
        for (Map.Entry<LocalDate, String> e : days) {
            LocalDate d = e.getKey();
            // A second holiday on the same date (seen.add fails) is lost like one on a weekend.
            if (!seen.add(d) || isWeekend(d)) {
                LocalDate makeUp = d.plusDays(1);
                while (isWeekend(makeUp) || off.contains(makeUp)) {
                    makeUp = makeUp.plusDays(1);
                }
                off.add(makeUp);
            }
        }
        return new CalendarYear(year, off, Set.of(), true);
    }

    /** The statutory days themselves (before make-up), each with its holiday's name, in date order — for display and tests. */
    public static SortedMap<LocalDate, String> statutoryDays(int year) {
        SortedMap<LocalDate, String> days = new TreeMap<>();
        for (Map.Entry<LocalDate, String> e : statutory(year)) {
            days.merge(e.getKey(), e.getValue(), (a, b) -> a + "、" + b);
        }
        return days;
    }

    /** One entry per statutory day and holiday, so a date shared by two holidays appears twice; sorted by date. */
    private static List<Map.Entry<LocalDate, String>> statutory(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new CalendarDataMissingException(year);
        }
        List<Map.Entry<LocalDate, String>> days = new ArrayList<>();
        add(days, "元旦", LocalDate.of(year, 1, 1), 1);
        // Lunar year `year` starts in late January / February of Gregorian `year`; the eve is the day before.
        add(days, "春节", date(Lunar.fromYmd(year, 1, 1).getSolar()).minusDays(1), 4);
        // The solar-term table of lunar year `year` spans about Gregorian `year`: its 清明 is the one in April of `year`.
        add(days, "清明节", date(Lunar.fromYmd(year, 1, 1).getJieQiTable().get("清明")), 1);
        add(days, "劳动节", LocalDate.of(year, 5, 1), 2);
        // Lunar.fromYmd takes the regular month; a leap 5th or 8th month (negative in the library) is not the feast.
        add(days, "端午节", date(Lunar.fromYmd(year, 5, 5).getSolar()), 1);
        add(days, "中秋节", date(Lunar.fromYmd(year, 8, 15).getSolar()), 1);
        add(days, "国庆节", LocalDate.of(year, 10, 1), 3);
        days.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        return days;
    }

    private static void add(List<Map.Entry<LocalDate, String>> days, String name, LocalDate first, int count) {
        for (int i = 0; i < count; i++) {
            days.add(new SimpleEntry<>(first.plusDays(i), name));
        }
    }

    private static LocalDate date(Solar s) {
        return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
