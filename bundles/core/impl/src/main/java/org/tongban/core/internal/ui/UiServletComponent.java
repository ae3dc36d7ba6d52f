package org.tongban.core.internal.ui;

import javax.servlet.ServletException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;

/**
 * Puts the hall's pages at the root of the node's web server through Pax Web's HttpService (the {@code http} feature
 * every node boots): {@code /} and {@code /ui/…}; the API's servlet keeps {@code /api}, its longer path. Offered as a
 * service once registered: {@link UiResource} waits for it, so readiness (every resource published) also means the
 * pages are served, and the web context has settled after taking the servlet in.
 */
@Component(service = UiServletComponent.class, immediate = true)
public final class UiServletComponent {

    private final HttpService http;

    @Activate
    public UiServletComponent(@Reference HttpService http, @Reference UiBundles bundles) throws ServletException, NamespaceException {
        this.http = http;
        http.registerServlet("/", new UiServlet(bundles), null, null);
    }

    @Deactivate
    void deactivate() {
        http.unregister("/");
    }
}
