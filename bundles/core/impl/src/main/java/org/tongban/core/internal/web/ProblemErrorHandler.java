package org.tongban.core.internal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.internal.json.Json;
import org.tongban.core.internal.rest.Problems;
import org.tongban.core.rest.Problem;

/**
 * Answers what Jetty answers itself, before or outside the REST application, as RFC 7807 problems like every other
 * answer of the node: requests it cannot parse as HTTP (a control character in the path, a URI or headers over their
 * limits), paths nothing is served at, and exceptions that escape the servlet (CXF reading the request before any
 * JAX-RS mapper runs). Jetty's own pages are HTML and name Java exceptions; these never show internals.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorHandler.class);
    private static final String CONTENT_TYPE = Problem.MEDIA_TYPE + ";charset=utf-8";

    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
            int code, String message) throws IOException {
        Problem problem = problemOf(code, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        response.setStatus(problem.status());
        response.setContentType(CONTENT_TYPE);
        byte[] body = bytes(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    /** Jetty writes its error page for GET, POST and HEAD only; a PUT or DELETE would get a bare status. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        return ByteBuffer.wrap(bytes(problemOf(status, null)));
    }

    /** The problem for a status Jetty chose and, for errors out of the servlet, the exception behind it. */
    static Problem problemOf(int status, Throwable failure) {
        if (failure != null && unsupportedCharset(failure)) {
            return Problem.of(400, "unsupported-charset", "Unsupported charset",
                    "the Content-Type names a charset this node does not know; send the body as UTF-8 (charset=utf-8)");
        }
        return switch (status) {
            case 400 -> Problem.of(400, "bad-message", "Bad message",
                    "the request is not well-formed HTTP (a control character in the path or a malformed header); nothing was done");
            case 404 -> Problem.of(404, "not-found", "Not found", "nothing is served at this path; the API is under /api/v1");
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed", "this path does not answer that method");
            case 413 -> Problem.of(413, "payload-too-large", "Payload too large", "the request body is over the node's limit");
            case 414 -> Problem.of(414, "uri-too-long", "URI too long", "the request URI is over the node's limit of 8 KB; "
                    + "send long criteria in a request body");
            case 431 -> Problem.of(431, "headers-too-large", "Request headers too large", "the request's headers are over the node's "
                    + "limit of 8 KB");
            default -> status >= 500 ? internal(status, failure) : Problem.of(status, "http-" + status, "HTTP " + status,
                    "the request could not be handled");
        };
    }

    private static Problem internal(int status, Throwable failure) {
        String ref = UUID.randomUUID().toString();
        if (failure != null) {
            LOG.error("unexpected error outside the REST application, reference {}", ref, failure);
        } else {
            LOG.error("HTTP {} answered outside the REST application, reference {}", status, ref);
        }
        return Problem.of(status, "internal", "Internal error", "unexpected error; reference " + ref);
    }

    /**
     * CXF maps the request's charset before its interceptors run and fails with an IOException saying so; the JDK's
     * charset exceptions are the same fault found elsewhere.
     */
    static boolean unsupportedCharset(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.nio.charset.IllegalCharsetNameException || t instanceof java.nio.charset.UnsupportedCharsetException
                    || t instanceof java.io.UnsupportedEncodingException) {
                return true;
            }
            String m = t.getMessage();
            if (t instanceof IOException && m != null && m.startsWith("Invalid character set")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(Problem problem) {
        try {
            return Json.mapper().writeValueAsBytes(Problems.body(problem));
        } catch (JsonProcessingException e) {
            // A map of strings and an int always serialises; keep a body even so.
            return ("{\"status\":" + problem.status() + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
