import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load: C threads each send POSTs back to back for the duration after a warm-up, and the program prints
 * throughput and latency percentiles of the 2xx answers. Any other answer stops the run: a benchmark of failures
 * measures nothing. Bodies come from a file, one JSON per line, used round robin.
 *
 *   java Load.java URL USER:PASSWORD BODIES_FILE CONCURRENCY SECONDS WARMUP_SECONDS LABEL
 */
public class Load {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String auth = "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
        List<String> bodies = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[2]), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
        int threads = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        long warmup = Long.parseLong(args[5]);
        String label = args[6];
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        AtomicBoolean failed = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<long[]> perThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] latencies = new long[2_000_000];
            int[] count = new int[1];
            perThread.add(latencies);
            Thread w = new Thread(() -> {
                int n = 0;
                while (!failed.get()) {
                    long now = System.nanoTime();
                    if (now >= end) {
                        break;
                    }
                    String body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
                    HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", auth)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    try {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        if (r.statusCode() / 100 != 2) {
                            if (failed.compareAndSet(false, true)) {
                                System.err.println(label + ": HTTP " + r.statusCode() + " " + r.body());
                            }
                            break;
                        }
                        if (t0 >= measureFrom && n < latencies.length - 1) {
                            latencies[++n] = t1 - t0;
                        }
                    } catch (Exception e) {
                        if (failed.compareAndSet(false, true)) {
                            System.err.println(label + ": " + e);
                        }
                        break;
                    }
                }
                latencies[0] = n; // slot 0 holds the count
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (failed.get()) {
            System.exit(1);
        }
        int total = perThread.stream().mapToInt(l -> (int) l[0]).sum();
        long[] all = new long[total];
        int i = 0;
        for (long[] l : perThread) {
            System.arraycopy(l, 1, all, i, (int) l[0]);
            i += (int) l[0];
        }
        Arrays.sort(all);
        double rps = total / (double) seconds;
        System.out.printf("%-8s %8.1f req/s  p50 %6.1f ms  p99 %6.1f ms  (%d requests, %d threads, %d s)%n", label, rps,
                pct(all, 0.50), pct(all, 0.99), total, threads, seconds);
        System.out.printf("RESULT %s %.1f %.2f %.2f%n", label, rps, pct(all, 0.50), pct(all, 0.99));
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }
}
