package org.tongban.core.internal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves the hall's pages read-only: {@code /} is the shell's {@code index.html}, {@code /ui/<module>/<file>} a file of
 * a module (or of the shell). Anything else, an unsafe path or a file that is not there is a 404 (a problem, through
 * Jetty's error handler); only GET and HEAD are answered. Files are revalidated by their bundle's update time, so a
 * redeployed bundle's pages are fetched anew, and carry the API's security headers with a policy that allows only
 * the node's own scripts, styles and API.
 */
final class UiServlet extends HttpServlet {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** Where the files are: the tracked bundles, and core's own shell. */
    interface Files {
        Optional<URL> file(UiPaths.Target target);

        long lastModified(String module);
    }

    private final transient Files bundles;

    UiServlet(Files bundles) {
        this.bundles = bundles;
    }

    /** Other methods: 405 on a page that is there, 404 (as before the pages came) elsewhere. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws javax.servlet.ServletException, IOException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            super.service(request, response);
            return;
        }
        headers(response);
        UiPaths.Target target = target(request);
        if (target != null && bundles.file(target).isPresent()) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(405);
        } else {
            response.sendError(404);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        UiPaths.Target target = target(request);
        Optional<URL> url = target == null ? Optional.empty() : bundles.file(target);
        headers(response);
        if (url.isEmpty()) {
            response.sendError(404);
            return;
        }
        String tag = "\"" + Long.toHexString(bundles.lastModified(target.module())) + "\"";
        response.setHeader("ETag", tag);
        // Revalidated every time: an updated bundle's pages are never mixed with an old one's.
        response.setHeader("Cache-Control", "no-cache");
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        response.setContentType(UiPaths.contentType(target.file()));
        try (InputStream in = url.get().openStream()) {
            byte[] bytes = in.readAllBytes();
            response.setContentLength(bytes.length);
            if (body) {
                OutputStream out = response.getOutputStream();
                out.write(bytes);
            }
        }
    }

    /** The file a request names: {@code /} the shell's page, {@code /ui/<module>/<file>} a module's; null for none. */
    private static UiPaths.Target target(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || path.equals("/index.html") ? new UiPaths.Target(UiPaths.SHELL, "index.html")
                : path.startsWith("/ui/") ? UiPaths.target(path.substring(4)) : null;
    }

    private static void headers(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", POLICY);
    }
}
