package org.tongban.core.internal.time;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.calendar.TongbanClock;

/** System time in the node's zone, shifted by a configurable offset that can change live (PID org.tongban.clock). */
@Component(service = TongbanClock.class, configurationPid = "org.tongban.clock")
@Designate(ocd = ClockConfig.class)
public class ClockComponent implements TongbanClock {

    private static final Logger LOG = LoggerFactory.getLogger(ClockComponent.class);
    private volatile Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));

    @Activate
    @Modified
    void configure(ClockConfig config) {
        Duration offset = Duration.parse(config.offset());
        clock = Clock.offset(Clock.system(ZoneId.of(config.zone())), offset);
        if (!offset.isZero()) {
            LOG.warn("node clock runs {} away from system time", offset);
        }
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
