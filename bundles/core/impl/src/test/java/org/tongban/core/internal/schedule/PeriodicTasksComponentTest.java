package org.tongban.core.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.schedule.PeriodicTask;

class PeriodicTasksComponentTest {

    private final PeriodicTasksComponent tasks = new PeriodicTasksComponent();

    @AfterEach
    void stop() {
        tasks.deactivate();
    }

    @Test
    void aRunThatThrowsDoesNotStopTheNextRuns() throws Exception {
        CountDownLatch three = new CountDownLatch(3);
        PeriodicTask t = tasks.every("failing", Duration.ZERO, Duration.ofMillis(10), () -> {
            three.countDown();
            throw new IllegalStateException("the database is away");
        });
        assertTrue(three.await(5, TimeUnit.SECONDS), "the task ran again after throwing");
        t.close();
    }

    @Test
    void closeWaitsForTheRunUnderWayAndNoRunStartsAfter() throws Exception {
        CountDownLatch inRun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        PeriodicTask t = tasks.every("slow", Duration.ZERO, Duration.ofMillis(5), () -> {
            runs.incrementAndGet();
            inRun.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
        });
        assertTrue(inRun.await(5, TimeUnit.SECONDS));
        Thread closer = new Thread(t::close);
        closer.start();
        closer.join(200);
        assertTrue(closer.isAlive(), "close waits while a run is under way");
        release.countDown();
        closer.join(5000);
        assertFalse(closer.isAlive());
        assertTrue(finished.get(), "the run under way ended before close returned");
        int after = runs.get();
        Thread.sleep(50);
        assertEquals(after, runs.get(), "no run starts after close");
    }

    @Test
    void aDelayOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> tasks.every("busy", Duration.ZERO, Duration.ZERO, () -> { }));
    }
}
