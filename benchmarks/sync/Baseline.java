import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The baseline of benchmarks/sync: a bare producer loop that POSTs batches of events straight to the receiver's
 * /api/v1/sync/events, one batch at a time like the sync route, with nothing read from or marked in an outbox.
 * Usage: java Baseline.java URL user:password EVENTS BATCH
 */
public class Baseline {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
        int events = Integer.parseInt(args[2]);
        int batch = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newHttpClient();
        String run = UUID.randomUUID().toString().substring(0, 8);
        long[] seq = new long[1000];
        long start = System.nanoTime();
        for (int sent = 0; sent < events; ) {
            StringBuilder body = new StringBuilder("[");
            int n = Math.min(batch, events - sent);
            for (int i = 0; i < n; i++) {
                int subject = (sent + i) % 1000;
                body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(UUID.randomUUID()).append("\",\"originNode\":\"baseline-")
                        .append(run).append("\",\"subject\":\"case:BASE").append(subject).append("\",\"subjectSeq\":")
                        .append(++seq[subject]).append(",\"type\":\"case.received\",\"payloadVersion\":1,\"payload\":")
                        .append("\"{\\\"caseNumber\\\":\\\"BASE").append(subject).append("\\\",\\\"status\\\":\\\"RECEIVED\\\"}\",")
                        .append("\"created\":\"").append(Instant.now()).append("\"}");
            }
            body.append("]");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("\"rejected\":{}")) {
                throw new IllegalStateException("receiver answered " + r.statusCode() + ": " + r.body());
            }
            sent += n;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("baseline (bare HTTP producer loop): %d events in %.1f s = %.0f events/s%n", events, seconds, events / seconds);
    }
}
