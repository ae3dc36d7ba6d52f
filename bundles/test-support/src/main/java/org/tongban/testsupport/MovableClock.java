package org.tongban.testsupport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.tongban.core.calendar.TongbanClock;

/** The node's clock standing still on a day at 09:00 Beijing time, until a test moves it. */
public final class MovableClock implements TongbanClock {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private volatile Clock clock;

    public MovableClock(LocalDate day) {
        set(day, LocalTime.of(9, 0));
    }

    public void set(LocalDate day, LocalTime time) {
        clock = Clock.fixed(day.atTime(time).atZone(BEIJING).toInstant(), BEIJING);
    }

    public void moveTo(LocalDate day) {
        set(day, LocalTime.of(9, 0));
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
