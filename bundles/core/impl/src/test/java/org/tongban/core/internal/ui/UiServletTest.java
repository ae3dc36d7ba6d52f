package org.tongban.core.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The servlet over a folder standing for the bundles: what it serves, with which headers, and what it refuses. */
class UiServletTest {

    @TempDir
    Path dir;

    /** What a request got: status, headers, body. */
    static final class Answer {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
    }

    private Answer call(String method, String uri, String ifNoneMatch) throws Exception {
        Files.createDirectories(dir.resolve("intake"));
        Files.writeString(dir.resolve("intake/clerk.js"), "export function render() {}\n");
        UiServlet.Files files = new UiServlet.Files() {
            @Override
            public Optional<URL> file(UiPaths.Target t) {
                Path p = dir.resolve(t.module()).resolve(t.file());
                return Files.isRegularFile(p) ? Optional.of(url(p)) : Optional.empty();
            }

            @Override
            public long lastModified(String module) {
                return 42;
            }
        };
        Answer a = new Answer();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    case "getHeader" -> "If-None-Match".equals(args[0]) ? ifNoneMatch : null;
                    case "getProtocol" -> "HTTP/1.1";
                    case "getDateHeader" -> -1L;
                    default -> null;
                });
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                a.body.write(b);
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setHeader" -> a.headers.put((String) args[0], (String) args[1]);
                        case "setContentType" -> a.headers.put("Content-Type", (String) args[0]);
                        case "setStatus", "sendError" -> a.status = (Integer) args[0];
                        case "getOutputStream" -> {
                            return out;
                        }
                        case "containsHeader" -> {
                            return a.headers.containsKey((String) args[0]);
                        }
                        default -> {
                        }
                    }
                    return null;
                });
        new UiServlet(files).service(request, response);
        return a;
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aModuleFileIsServedWithItsTypeValidatorAndTheSecurityHeaders() throws Exception {
        Answer a = call("GET", "/ui/intake/clerk.js", null);
        assertEquals(200, a.status);
        assertEquals("text/javascript;charset=utf-8", a.headers.get("Content-Type"));
        assertTrue(a.body.toString(StandardCharsets.UTF_8).contains("render"));
        assertEquals("no-cache", a.headers.get("Cache-Control"));
        assertEquals("\"2a\"", a.headers.get("ETag"));
        assertEquals("nosniff", a.headers.get("X-Content-Type-Options"));
        assertEquals("DENY", a.headers.get("X-Frame-Options"));
        assertEquals("no-referrer", a.headers.get("Referrer-Policy"));
        assertTrue(a.headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        Answer again = call("GET", "/ui/intake/clerk.js", "\"2a\"");
        assertEquals(304, again.status);
        assertEquals(0, again.body.size());
        assertEquals(0, call("HEAD", "/ui/intake/clerk.js", null).body.size());
    }

    @Test
    void nothingElseIsServed() throws Exception {
        for (String uri : new String[] {"/ui/intake/", "/ui/intake", "/ui/intake/%2e%2e/intake/clerk.js", "/ui/intake/../intake/clerk.js",
                "/ui/other/clerk.js", "/ui/intake/missing.js", "/not-the-api", "/ui/"}) {
            assertEquals(404, call("GET", uri, null).status, uri);
        }
    }

    @Test
    void aChangeIsRefusedAndAPathServedNowhereStaysNotFound() throws Exception {
        assertEquals(405, call("POST", "/ui/intake/clerk.js", null).status);
        assertEquals(404, call("DELETE", "/not-the-api", null).status);
        assertEquals(404, call("PUT", "/ui/intake/other.js", null).status);
    }
}
