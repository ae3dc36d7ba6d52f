package org.tongban.core.internal.schedule;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.schedule.PeriodicTask;
import org.tongban.core.schedule.PeriodicTasks;

/**
 * Core's scheduler for every capability's periodic work. A few threads serve all tasks: each task runs one run at a
 * time, so a long scan holds one thread and the others keep the rest on time.
 */
@Component(service = PeriodicTasks.class)
public class PeriodicTasksComponent implements PeriodicTasks {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTasksComponent.class);
    private static final int THREADS = 6;

    private final AtomicInteger threads = new AtomicInteger();
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(THREADS, r -> {
        Thread t = new Thread(r, "tongban-periodic-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Set<Started> started = ConcurrentHashMap.newKeySet();

    @Activate
    public PeriodicTasksComponent() {
        scheduler.setRemoveOnCancelPolicy(true);
    }

    @Override
    public PeriodicTask every(String name, Duration initialDelay, Duration delay, Runnable task) {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("the delay of " + name + " must be positive");
        }
        Started s = new Started(name, task);
        s.future = scheduler.scheduleWithFixedDelay(s::run, Math.max(0, initialDelay.toMillis()), delay.toMillis(),
                TimeUnit.MILLISECONDS);
        started.add(s);
        return s;
    }

    /**
     * Tasks whose components forgot to close them stop with core; a run under way ends first. Public so the component
     * tests of other bundles can stop the real scheduler they use.
     */
    @Deactivate
    public void deactivate() {
        started.forEach(Started::close);
        scheduler.shutdown();
    }

    private final class Started implements PeriodicTask {
        private final String name;
        private final Runnable task;
        private final ReentrantLock running = new ReentrantLock();
        private volatile ScheduledFuture<?> future;
        private volatile boolean closed;

        Started(String name, Runnable task) {
            this.name = name;
            this.task = task;
        }

        void run() {
            running.lock();
            try {
                if (!closed) {
                    task.run();
                }
            } catch (RuntimeException | Error e) {
                // A thrown run would cancel the schedule for good: log it and let the next run come.
                LOG.error("periodic task {} failed; it runs again after its delay", name, e);
            } finally {
                running.unlock();
            }
        }

        @Override
        public void close() {
            closed = true;
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
            running.lock();     // waits for a run under way
            running.unlock();
            started.remove(this);
        }
    }
}
