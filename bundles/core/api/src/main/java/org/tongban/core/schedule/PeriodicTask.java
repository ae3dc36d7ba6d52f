package org.tongban.core.schedule;

/** A started periodic task. */
public interface PeriodicTask extends AutoCloseable {

    /** No further run starts; a run under way is waited for, so its component may release what the run uses. */
    @Override
    void close();
}
