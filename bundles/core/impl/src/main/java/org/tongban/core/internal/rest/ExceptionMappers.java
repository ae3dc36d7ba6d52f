package org.tongban.core.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.EOFException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.calendar.CalendarDataMissingException;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.FaultProblems;
import org.tongban.core.rest.ProblemException;

/** The one error format: every failure leaves as application/problem+json, never a stack trace or HTML page. */
public final class ExceptionMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionMappers.class);

    private ExceptionMappers() {
    }

    /** Domain problems carry their own status and body. */
    public static final class ProblemMapper implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return Problems.response(e.problem());
        }
    }

    /** A service's domain fault: status and body from the one mapping in core. */
    public static final class FaultMapper implements ExceptionMapper<Fault> {
        @Override
        public Response toResponse(Fault e) {
            return Problems.response(FaultProblems.problem(e));
        }
    }

    /** JAX-RS's own errors (404 no such path, 405, 406, 415…) keep their status. */
    public static final class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 && e.getCause() instanceof IllegalArgumentException) {
                // JAX-RS answers a path or query parameter it cannot convert (limit=abc) with 404; it is a bad request.
                return Problems.response(400, "bad-parameter", "Bad parameter",
                        "a path or query parameter has the wrong form (a number, date or known value was expected)");
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type == null ? "HTTP " + status : type.getReasonPhrase();
            String detail = switch (status) {
                case 404 -> "no resource at this path on this node (is the capability installed?)";
                case 405 -> "this path does not accept that method";
                case 415 -> "send application/json";
                case 406 -> "this path answers application/json";
                default -> title;
            };
            return Problems.response(status, title.toLowerCase().replace(' ', '-'), title, detail);
        }
    }

    /**
     * Malformed or mistyped JSON is the client's fault: 400 with Jackson's short description, where in the body it
     * is, and no Java names (a null inside a list or object fails the constructor that refuses it).
     */
    public static final class JsonMapper implements ExceptionMapper<JsonProcessingException> {
        private static final Pattern JAVA_NAME = Pattern.compile("`?(?:[a-z][a-z0-9_]*\\.)+([A-Z][\\w$]*)`?");

        @Override
        public Response toResponse(JsonProcessingException e) {
            String where = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? "at " + path(m.getPath()) + ": " : "";
            String what = e instanceof ValueInstantiationException
                    ? "a value is missing or null where one is needed"
                    : JAVA_NAME.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("$1");
            return Problems.response(400, "malformed-json", "Malformed JSON", where + (what.length() > 300 ? what.substring(0, 300) + "…" : what));
        }

        private static String path(List<JsonMappingException.Reference> refs) {
            StringBuilder b = new StringBuilder();
            for (var r : refs) {
                if (r.getFieldName() != null) {
                    b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    b.append('[').append(r.getIndex()).append(']');
                }
            }
            return b.length() == 0 ? "the body" : b.toString();
        }
    }

    public static final class CalendarMissingMapper implements ExceptionMapper<CalendarDataMissingException> {
        @Override
        public Response toResponse(CalendarDataMissingException e) {
            return Problems.response(422, "calendar-missing", "No calendar data", e.getMessage());
        }
    }

    public static final class IllegalArgumentMapper implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            if (endedEarly(e)) {
                return endedEarlyResponse(e);
            }
            return Problems.response(400, "bad-request", "Bad request", e.getMessage());
        }
    }

    /**
     * A value the database refused (too long, out of range, missing, a duplicate key) is the request's fault: a 4xx
     * naming the kind; anything else is the database's, a 503 with a reference to the log.
     */
    public static final class DataAccessMapper implements ExceptionMapper<DataAccessException> {
        @Override
        public Response toResponse(DataAccessException e) {
            Optional<Response> refused = refusedByTheDatabase(e);
            if (refused.isPresent()) {
                return refused.get();
            }
            String ref = UUID.randomUUID().toString();
            LOG.error("database failure, reference {}", ref, e);
            return Problems.response(503, "database-unavailable", "Database unavailable",
                    "the node's database did not answer; reference " + ref);
        }
    }

    /** The 4xx for a value the database refused (see {@link DataFaults}), if that is what {@code e} is. */
    static Optional<Response> refusedByTheDatabase(Throwable e) {
        return DataFaults.problem(e).map(p -> {
            LOG.info("request refused by the database: {}", p.detail());
            return Problems.response(p);
        });
    }

    /** The answer to a body that ended early, wherever reading it failed. */
    static Response endedEarlyResponse(Throwable e) {
        LOG.info("request body ended early: {}", e.toString());
        // CXF would read the rest of the body before answering (to keep the connection) and fail on the closed
        // stream, losing this answer: there is no rest to read.
        Message current = PhaseInterceptorChain.getCurrentMessage();
        if (current != null && current.getExchange() != null) {
            current.getExchange().put("cxf.io.cacheinput", Boolean.FALSE);
        }
        return Problems.response(400, "body-ended-early", "Body ended early",
                "the request body ended before its announced length; nothing was stored, send it again");
    }

    /** The client closed or cut the request body (Jetty's EofException is an EOFException). */
    static boolean endedEarly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /** Anything unexpected: logged with a reference the caller can quote; the body never shows internals. */
    public static final class FallbackMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof WebApplicationException w) {
                return new WebApplicationMapper().toResponse(w);
            }
            Optional<Response> refused = refusedByTheDatabase(e);
            if (refused.isPresent()) {
                return refused.get();
            }
            if (endedEarly(e)) {
                return endedEarlyResponse(e);
            }
            String ref = UUID.randomUUID().toString();
            LOG.error("unexpected error, reference {}", ref, e);
            return Problems.response(500, "internal", "Internal error", "unexpected error; reference " + ref);
        }
    }
}
