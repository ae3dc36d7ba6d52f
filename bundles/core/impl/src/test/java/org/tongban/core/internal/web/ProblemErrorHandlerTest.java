package org.tongban.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import javax.servlet.ServletException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;
import org.tongban.core.rest.Problem;

class ProblemErrorHandlerTest {

    @Test
    void aCharsetCxfCannotMapIsTheRequestsFaultWhereverItIsWrapped() {
        Throwable fromCxf = new ServletException(new ServletException(new IOException("Invalid character set foo in request.")));
        Problem p = ProblemErrorHandler.problemOf(500, fromCxf);
        assertEquals(400, p.status());
        assertEquals(Problem.TYPE_BASE + "unsupported-charset", p.type());
        assertEquals(400, ProblemErrorHandler.problemOf(500, new UnsupportedCharsetException("x-none")).status());
    }

    @Test
    void otherServletFailuresStayInternalErrorsWithAReferenceAndNoJavaNames() {
        Problem p = ProblemErrorHandler.problemOf(500, new ServletException(new IllegalStateException("boom in org.example.Thing")));
        assertEquals(500, p.status());
        assertEquals(Problem.TYPE_BASE + "internal", p.type());
        assertTrue(p.detail().startsWith("unexpected error; reference "), p.detail());
        assertFalse(p.detail().contains("boom") || p.detail().contains("Exception"), p.detail());
        assertFalse(ProblemErrorHandler.unsupportedCharset(new IOException("connection reset")));
    }

    @Test
    void eachStatusJettyAnswersItselfHasItsKind() {
        assertEquals(Problem.TYPE_BASE + "not-found", ProblemErrorHandler.problemOf(404, null).type());
        assertEquals(Problem.TYPE_BASE + "bad-message", ProblemErrorHandler.problemOf(400, null).type());
        assertEquals(Problem.TYPE_BASE + "uri-too-long", ProblemErrorHandler.problemOf(414, null).type());
        assertEquals(Problem.TYPE_BASE + "headers-too-large", ProblemErrorHandler.problemOf(431, null).type());
        assertEquals(Problem.TYPE_BASE + "http-418", ProblemErrorHandler.problemOf(418, null).type());
        assertEquals(503, ProblemErrorHandler.problemOf(503, null).status());
    }

    @Test
    void everyMethodGetsABodyNotOnlyGetAndPost() {
        ProblemErrorHandler handler = new ProblemErrorHandler();
        for (String method : new String[] {"PUT", "DELETE", "PATCH", "OPTIONS"}) {
            assertTrue(handler.errorPageForMethod(method), method);
        }
    }

    @Test
    void anUnparseableRequestGetsAProblemBodyAndItsMediaType() {
        HttpFields fields = new HttpFields();
        ByteBuffer body = new ProblemErrorHandler().badMessageError(431, "Request Header Fields Too Large", fields);
        String json = StandardCharsets.UTF_8.decode(body).toString();
        assertTrue(fields.get(HttpHeader.CONTENT_TYPE).startsWith(Problem.MEDIA_TYPE), fields.toString());
        assertTrue(json.startsWith("{\"type\":\"" + Problem.TYPE_BASE + "headers-too-large\",\"title\":"), json);
        assertTrue(json.contains("\"status\":431"), json);
    }
}
