package org.tongban.core.internal.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.internal.rest.RequestGate;

/**
 * Core's one handler in the node's Jetty, ahead of the contexts (Pax Web runs handlers registered as services, those
 * ranked above zero, before them). Before each request it makes sure the contexts answer errors as problems
 * ({@link JettyErrors}) and, for an API path whose resource is being replaced, waits ({@link RequestGate}) so the new
 * resource serves it instead of none. It answers nothing itself.
 *
 * <p>One handler, not one per concern: Pax Web builds its Jetty server anew for each handler service that comes or
 * goes, dropping every connection, so each extra one is one more restart of the web server while core starts.
 * {@link #serving()} tells readiness when the server that runs now is one with this handler in it.
 */
@Component(service = {Handler.class, NodeHandler.class}, property = "service.ranking:Integer=100")
public final class NodeHandler extends AbstractHandler {

    private final RequestGate gate;
    private final JettyErrors errors = new JettyErrors();

    @Activate
    public NodeHandler(@Reference RequestGate gate) {
        this.gate = gate;
    }

    /** Whether a started Jetty runs this handler: Pax Web has taken core in, and is not rebuilding its server. */
    public boolean serving() {
        Server server = getServer();
        return isStarted() && server != null && server.isStarted();
    }

    @Override
    public void setServer(Server server) {
        super.setServer(server);
        errors.serverIs(server);
    }

    @Override
    protected void doStart() throws Exception {
        JettyErrors.install(getServer());
        super.doStart();
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) {
        errors.check(getServer());
        if (target != null && target.startsWith("/api/")) {
            try {
                gate.await(target.substring("/api/".length()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Gives Jetty its own error handlers back when core goes (a redeploy): the server may outlive this bundle, and
     * should not keep answering through classes of a bundle that is gone.
     */
    @Deactivate
    void deactivate() {
        JettyErrors.restore(getServer());
    }
}
