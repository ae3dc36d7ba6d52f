package org.tongban.core.internal.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.internal.rest.RequestGate;

/**
 * Before Jetty hands a request to the API's servlet, waits while its path's resource is being replaced
 * ({@link RequestGate}): the request is then served by the new resource instead of finding none. Pax Web runs the
 * handlers registered as services, those ranked above zero, ahead of the contexts; this one answers nothing itself.
 */
@Component(service = Handler.class, property = "service.ranking:Integer=90")
public final class HoldingHandler extends AbstractHandler {

    private final RequestGate gate;

    @Activate
    public HoldingHandler(@Reference RequestGate gate) {
        this.gate = gate;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) {
        if (target != null && target.startsWith("/api/")) {
            try {
                gate.await(target.substring("/api/".length()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
