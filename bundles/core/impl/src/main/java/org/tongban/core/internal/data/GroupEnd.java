package org.tongban.core.internal.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A kind of write that units of a group commit leave for the end of their group: its writer gets the items of all
 * units that succeeded, in order, once, in the group's transaction just before it commits. For rows every transaction
 * would otherwise lock to its commit, like the audit chain's head: groups take them one at a time, after their work, so
 * while one group waits for its log force the next still runs its work.
 */
public final class GroupEnd<T> {

    /** Writes the items a group's units left. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(Connection c, List<T> items) throws SQLException;
    }

    private final Writer<T> writer;

    public GroupEnd(Writer<T> writer) {
        this.writer = writer;
    }

    void write(Connection c, List<T> items) throws SQLException {
        writer.write(c, items);
    }
}
