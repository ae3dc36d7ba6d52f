package org.tongban.core.internal.data;

import java.sql.Connection;
import java.sql.SQLException;

/** Work of one unit of a group commit, given its transaction and its group's end. */
@FunctionalInterface
public interface UnitWork<T> {
    T run(Connection c, UnitEnd end) throws SQLException;
}
