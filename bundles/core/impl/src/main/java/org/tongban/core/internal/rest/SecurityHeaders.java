package org.tongban.core.internal.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MultivaluedMap;

/**
 * The headers every answer carries: no answer is stored by a browser or a proxy (cases, applicants, progress and
 * reviews are personal data), except the public catalogue and published results, which may be kept for a minute; no
 * answer is sniffed into another type, framed or sent on as a referrer.
 */
public class SecurityHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        String path = SecurityFilter.apiPath(request);
        boolean open = "GET".equals(request.getMethod()) && response.getStatus() < 400 && request.getHeaderString("Authorization") == null
                && (path.startsWith("v1/catalog/") || path.startsWith("v1/public/"));
        if (!h.containsKey("Cache-Control")) {
            h.putSingle("Cache-Control", open ? "public, max-age=60" : "no-store");
        }
        if (!open) {
            h.putSingle("Pragma", "no-cache");
        }
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle("X-Frame-Options", "DENY");
        h.putSingle("Referrer-Policy", "no-referrer");
        h.putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
}
