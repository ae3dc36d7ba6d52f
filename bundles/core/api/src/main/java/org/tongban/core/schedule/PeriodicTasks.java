package org.tongban.core.schedule;

import java.time.Duration;

/**
 * The node's one mechanism for work that comes back (a scan, a sweep, a queue worker): core runs every task on its
 * own scheduler threads, one run of a task at a time, with a fixed delay between the end of a run and the next start.
 * A run that throws is logged with the task's name and the next run still comes, so one bad night cannot silently
 * stop a capability's deadlines.
 */
public interface PeriodicTasks {

    /**
     * Starts {@code task}, first after {@code initialDelay}, then {@code delay} after each run ends. Close the handle
     * when the component deactivates or its period changes.
     */
    PeriodicTask every(String name, Duration initialDelay, Duration delay, Runnable task);
}
