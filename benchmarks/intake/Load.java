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
 *   java Load.java URL USER:PASSWORD BODIES_FILE CONCURRENCY SECONDS WARMUP_SECONDS LABEL [NODE_PID]
 *
 * With the node's process id (Linux), it also prints the node's CPU time per answered request over the measured
 * window and how busy the node and the whole machine were: on a shared, noisy machine the throughput of one run moves
 * with the neighbours, the CPU a request costs much less.
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
        long pid = args.length > 7 ? Long.parseLong(args[7]) : -1;
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
        long[] cpu = new long[4];   // node ticks and machine busy/total ticks, at the start and end of the window
        Thread sampler = new Thread(() -> {
            try {
                Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
                long[] a = ticks(pid);
                Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
                long[] b = ticks(pid);
                cpu[0] = b[0] - a[0];
                cpu[1] = b[1] - a[1];
                cpu[2] = b[2] - a[2];
            } catch (Exception e) {
                cpu[3] = -1;
            }
        });
        if (pid > 0) {
            sampler.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (pid > 0) {
            sampler.join();
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
        double hz = Double.parseDouble(System.getenv().getOrDefault("CLK_TCK", "100"));
        double cpuPerRequest = pid > 0 && cpu[3] == 0 && total > 0 ? cpu[0] / hz * 1000 / total : Double.NaN;
        if (pid > 0 && cpu[3] == 0) {
            System.out.printf("%-8s node CPU %.3f ms per request; node busy %.2f cores, machine %.2f of %d cores%n", label,
                    cpuPerRequest, cpu[0] / hz / seconds, cpu[1] / (double) cpu[2] * Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors());
        }
        System.out.printf("RESULT %s %.1f %.2f %.2f %.3f%n", label, rps, pct(all, 0.50), pct(all, 0.99), cpuPerRequest);
    }

    /** The process's user+system ticks, and the machine's busy and total ticks (/proc/stat). */
    private static long[] ticks(long pid) throws java.io.IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long process = Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime, stime (fields 14, 15)
        String[] m = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int k = 1; k < m.length; k++) {
            total += Long.parseLong(m[k]);
        }
        long idle = Long.parseLong(m[4]) + Long.parseLong(m[5]);   // idle, iowait
        return new long[] {process, total - idle, total};
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }
}
