package org.tongban.core.internal.rest;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tongban.core.data.DataRefusals;
import org.tongban.core.rest.Problem;

/**
 * Database refusals that are about the request's values, not the database: a text longer than its column, a number or
 * date out of range, a missing value, a duplicate key. They become 4xx problems; the SQL standard's state classes say
 * which (22 data exception, 23 integrity constraint), the same on Derby and PostgreSQL. The database's own message is
 * not passed on: it quotes the value and names internals. Which failures are refusals: {@link DataRefusals}.
 */
final class DataFaults {

    /** "... to length 200." (Derby) or "character varying(200)" (PostgreSQL). */
    private static final Pattern LENGTH = Pattern.compile("length (\\d+)|varying\\((\\d+)\\)");

    private DataFaults() {
    }

    /** The problem for a refusal caused by the values sent, if {@code failure} is one. */
    static Optional<Problem> problem(Throwable failure) {
        SQLException sql = DataRefusals.of(failure).orElse(null);
        if (sql == null) {
            return Optional.empty();
        }
        String state = sql.getSQLState();
        return Optional.of(switch (state) {
            case "22001" -> Problem.of(400, "value-too-long", "Value too long", tooLong(sql.getMessage()));
            case "22003" -> Problem.of(400, "value-out-of-range", "Value out of range",
                    "a number is larger or more precise than this node keeps; check the amounts and counts sent");
            case "22007", "22008" -> Problem.of(400, "value-out-of-range", "Value out of range",
                    "a date or time lies outside the range this node keeps (years 1 to 9999)");
            case "23502" -> Problem.of(400, "value-missing", "Value missing",
                    "a value this node needs was left out or null; check the required fields");
            case "23505" -> Problem.of(409, "conflict", "Conflict",
                    "a record with the same key exists already (sent twice, or at the same moment as another request); "
                            + "look it up before sending it again");
            default -> state.startsWith("23")
                    ? Problem.of(409, "conflict", "Conflict", "the change conflicts with data the node holds")
                    : Problem.of(400, "invalid-value", "Invalid value", "a value was refused by the node's database");
        });
    }

    private static String tooLong(String message) {
        Matcher m = message == null ? null : LENGTH.matcher(message);
        if (m != null && m.find()) {
            String limit = m.group(1) != null ? m.group(1) : m.group(2);
            return "a text is longer than its field holds (at most " + limit + " characters here); shorten it";
        }
        return "a text is longer than its field holds; shorten it";
    }
}
