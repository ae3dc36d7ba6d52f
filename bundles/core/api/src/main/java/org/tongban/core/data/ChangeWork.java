package org.tongban.core.data;

import java.sql.SQLException;

/** Work done as one {@link Change}. */
@FunctionalInterface
public interface ChangeWork<T> {
    T run(Change change) throws SQLException;
}
