package org.tongban.itests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny JDK HTTP client for the tests: only JDK types, so the probe never depends on a feature's packages. */
public final class Http {

    /** Status, content type and body of one response. */
    public record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        /** A header's first value, or "" when absent. */
        public String header(String name) {
            return headers == null ? "" : headers.firstValue(name).orElse("");
        }

    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    public static int port() {
        return Integer.getInteger("tongban.test.httpPort");
    }

    public static Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public static Reply get(String path, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token).GET());
    }

    /** A JSON post without credentials, as an applicant's browser or the hall tablet sends it to a public endpoint. */
    public static Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public static Reply post(String path, String user, String password, String json) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A raw body (a file upload) with its content type and file name (sent percent-encoded, as headers are ASCII). */
    public static Reply upload(String path, String user, String password, byte[] body, String contentType, String fileName) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token).header("Content-Type", contentType)
                .header("X-File-Name", java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public static Reply put(String path, String user, String password, String json) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A request as a browser page sends it: any method, a JSON body or none, and the headers given (cookie, token). */
    public static Reply request(String method, String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        boolean typed = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (json != null && !typed) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    /** The health reply, or status -1 with the reason when nothing answers (the node is still starting). */
    public static Reply health() {
        try {
            return get("/api/v1/health");
        } catch (IllegalStateException e) {
            return new Reply(-1, "", String.valueOf(e.getMessage()), null);
        }
    }

    public static int healthStatus() {
        return health().status();
    }

    /** Where a GET of {@code path} redirects to (its Location header), or null. */
    public static String location(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElse(null);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no answer from " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no answer from " + request.build().uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A top-level-looking field of a JSON text (first occurrence), unquoted; enough for tests' assertions. */
    public static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : null;
    }
}
