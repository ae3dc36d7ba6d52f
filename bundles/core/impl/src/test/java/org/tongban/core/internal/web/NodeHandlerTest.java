package org.tongban.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.HandlerCollection;
import org.junit.jupiter.api.Test;
import org.tongban.core.internal.rest.RequestGate;

/** Core's handler in a real Jetty: serving only while a started server runs it, and answering nothing itself. */
class NodeHandlerTest {

    @Test
    void servingOnlyWhileAStartedServerRunsIt() throws Exception {
        NodeHandler handler = new NodeHandler(new RequestGate());
        assertFalse(handler.serving(), "in no server yet (Pax Web has not taken it in)");
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new HandlerCollection(handler));
        server.start();
        try {
            assertTrue(handler.serving());
            assertTrue(server.getErrorHandler() instanceof ProblemErrorHandler, "the server's errors are problems");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), "the handler answers nothing: no context here takes the request");
        } finally {
            server.stop();
        }
        assertFalse(handler.serving(), "a stopped server (Pax Web rebuilding it) serves nothing");
    }
}
