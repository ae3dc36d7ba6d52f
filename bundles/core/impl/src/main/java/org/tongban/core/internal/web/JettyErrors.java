package org.tongban.core.internal.web;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HandlerContainer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Puts {@link ProblemErrorHandler} into the node's Jetty, for the server (requests no context takes, or that are not
 * HTTP) and for each servlet context (errors out of a servlet: Pax Web gives every context it creates Jetty's own
 * error handler). There is no service for the server itself, and its jetty.xml could only name classes Pax Web's
 * bundle sees: {@link NodeHandler} calls this before each request, since Pax Web creates contexts whenever
 * registrations come.
 */
final class JettyErrors {

    /** Pax Web's collection of contexts, found once its server is known. */
    private volatile ContextHandlerCollection contexts;

    /** A (new) server: its own error handler, and its contexts looked up anew. */
    void serverIs(Server server) {
        contexts = null;
        install(server);
    }

    static void install(Server server) {
        if (server != null && !(server.getErrorHandler() instanceof ProblemErrorHandler)) {
            // Its server first: a running server starts a bean as it is added, and a started handler refuses a server.
            ProblemErrorHandler handler = new ProblemErrorHandler();
            handler.setServer(server);
            server.setErrorHandler(handler);
        }
    }

    /** Before each request: only the contexts' own array is read, the handler tree is searched once a server. */
    void check(Server server) {
        ContextHandlerCollection contexts = this.contexts;
        if (contexts == null) {
            contexts = server == null ? null : server.getChildHandlerByClass(ContextHandlerCollection.class);
            if (contexts == null) {
                return;
            }
            this.contexts = contexts;
        }
        Handler[] handlers = contexts.getHandlers();
        if (handlers == null) {
            return;
        }
        for (Handler h : handlers) {
            ContextHandler context = h instanceof ContextHandler c ? c
                    : h instanceof HandlerContainer container ? container.getChildHandlerByClass(ContextHandler.class) : null;
            if (context != null && !(context.getErrorHandler() instanceof ProblemErrorHandler)) {
                replace(context);
            }
        }
        // Nothing else: every request goes on to the contexts.
    }

    /**
     * Gives Jetty its own error handlers back when core goes (a redeploy): the server may outlive this bundle, and
     * should not keep answering through classes of a bundle that is gone.
     */
    static void restore(Server server) {
        if (server == null) {
            return;
        }
        for (Handler h : server.getChildHandlersByClass(ContextHandler.class)) {
            ContextHandler context = (ContextHandler) h;
            if (context.getErrorHandler() instanceof ProblemErrorHandler) {
                context.setErrorHandler(new ErrorHandler());
            }
        }
        if (server.getErrorHandler() instanceof ProblemErrorHandler) {
            ErrorHandler plain = new ErrorHandler();
            plain.setServer(server);
            server.setErrorHandler(plain);
        }
    }

    private static synchronized void replace(ContextHandler context) {
        if (!(context.getErrorHandler() instanceof ProblemErrorHandler)) {
            context.setErrorHandler(new ProblemErrorHandler());   // sets its server, and starts it in a started context
        }
    }
}
