import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closed-loop mixed load for the hot-deploy benchmark: C threads send GETs of every capability's lists back to back
 * until STOP_FILE exists. Then, with the windows the driver wrote to MARKS_FILE ("start|end MILLIS LABEL" lines and one
 * "phase MILLIS update"), prints for the baseline phase and the update phase: requests, failed requests (anything but
 * 200, or no answer), and p50/p99/max latency, inside the update windows and outside them.
 *
 *   java HotLoad.java BASE_URL USER:PASSWORD CONCURRENCY MARKS_FILE STOP_FILE
 */
public class HotLoad {

    record Sample(long startMs, long micros, boolean ok, String what) {
    }

    static final String[] PATHS = {"/api/v1/cases?limit=5", "/api/v1/evaluations?limit=5", "/api/v1/supervision/cards?limit=5",
        "/api/v1/surrogate/network", "/api/v1/intermediary/agencies/all", "/api/v1/catalog/items", "/api/v1/node"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
        int threads = Integer.parseInt(args[2]);
        Path marks = Path.of(args[3]);
        Path stop = Path.of(args[4]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread w = new Thread(() -> {
                for (int n = first; running.get(); n++) {
                    String path = PATHS[n % PATHS.length];
                    long start = System.currentTimeMillis();
                    long t0 = System.nanoTime();
                    boolean ok;
                    String what = path;
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                        ok = r.statusCode() == 200;
                        what = path + " " + r.statusCode() + (ok ? "" : " " + r.body().substring(0, Math.min(140, r.body().length())));
                    } catch (Exception e) {
                        ok = false;
                        what = path + " " + e.getClass().getSimpleName();
                    }
                    samples.add(new Sample(start, (System.nanoTime() - t0) / 1000, ok, what));
                }
            });
            w.start();
            workers.add(w);
        }
        while (!Files.exists(stop)) {
            Thread.sleep(200);
        }
        running.set(false);
        for (Thread w : workers) {
            w.join(60_000);
        }
        long phase = Long.MAX_VALUE;
        List<long[]> windows = new ArrayList<>();
        long open = -1;
        for (String line : Files.readAllLines(marks)) {
            String[] f = line.trim().split(" ");
            if (f.length < 2) {
                continue;
            }
            long at = Long.parseLong(f[1]);
            switch (f[0]) {
                case "phase" -> phase = at;
                case "start" -> open = at;
                case "end" -> {
                    windows.add(new long[] {open, at});
                    open = -1;
                }
                default -> { }
            }
        }
        List<Sample> all = new ArrayList<>(samples);
        System.out.printf("%-22s %9s %7s %9s %9s %9s%n", "phase/window", "requests", "failed", "p50 ms", "p99 ms", "max ms");
        long p = phase;
        print("baseline (no update)", all.stream().filter(s -> s.startMs() < p).toList());
        print("update: outside swaps", all.stream().filter(s -> s.startMs() >= p && !inside(s, windows)).toList());
        print("update: inside swaps", all.stream().filter(s -> s.startMs() >= p && inside(s, windows)).toList());
        all.stream().filter(s -> !s.ok()).limit(20).forEach(s -> System.out.println("  failed: " + s.what()));
    }

    static boolean inside(Sample s, List<long[]> windows) {
        return windows.stream().anyMatch(w -> s.startMs() >= w[0] && s.startMs() <= w[1]);
    }

    static void print(String label, List<Sample> s) {
        long[] us = s.stream().mapToLong(Sample::micros).sorted().toArray();
        long failed = s.stream().filter(x -> !x.ok()).count();
        System.out.printf("%-22s %9d %7d %9.1f %9.1f %9.1f%n", label, us.length, failed, pct(us, 0.5), pct(us, 0.99),
                us.length == 0 ? 0.0 : us[us.length - 1] / 1000.0);
    }

    static double pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0.0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
    }
}
