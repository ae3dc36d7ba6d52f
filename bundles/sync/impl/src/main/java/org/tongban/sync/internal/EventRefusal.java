package org.tongban.sync.internal;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.data.DataRefusals;

/**
 * Whether a failure while taking in one event is that event's own fault (reject it, take the rest of the batch) or the
 * node's (fail the batch; the sender tries again). The database's data and constraint refusals (SQLState classes 22
 * and 23) and a handler that cannot use the payload are the event's; any other database failure is the node's.
 */
final class EventRefusal {

    private static final int MAX_REASON = 500;
    private static final Pattern JAVA_NAME = Pattern.compile("`?(?:[a-z][a-z0-9_]*\\.)+([A-Z][\\w$]*)`?");

    private EventRefusal() {
    }

    /** The reason to give the sender, or empty when the batch should fail instead. */
    static Optional<String> reason(Throwable failure) {
        Optional<SQLException> refused = DataRefusals.of(failure);
        if (refused.isPresent()) {
            String state = refused.get().getSQLState();
            String kind = state.equals("23505") ? "a record with the same key is here already"
                    : "refused by the database (SQLState " + state + ")";
            return Optional.of(cut(kind + ": " + refused.get().getMessage()));
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof DataAccessException) {
                return Optional.empty();   // the database's failure, not the event's
            }
        }
        // The child's ops read this in their dead letters: what was wrong, not which Java class noticed it.
        String message = failure.getMessage();
        return Optional.of(cut("the payload cannot be applied here: " + (message == null || message.isBlank()
                ? "a value it needs is missing or of the wrong kind" : JAVA_NAME.matcher(message).replaceAll("$1"))));
    }

    private static String cut(String s) {
        return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON - 1) + "…";
    }
}
