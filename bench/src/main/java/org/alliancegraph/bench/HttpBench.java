package org.alliancegraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A small HTTP load driver (java.net.http, a fixed pool of client threads, one request in flight
 * per client). Requests come from a tab-separated file, one a line:
 * {@code name  METHOD  path-or-URL  Accept  [query file]} — a POST sends the query file's text as
 * the form field {@code query}; a GET follows redirects (303 to a document). Lines sharing a name
 * form one group; every response must be 200 or the request counts as an error.
 *
 * <ul>
 * <li>{@code --mode latency}: each group alone, one client, {@code --iterations} requests after
 *     {@code --warmup} (5) unmeasured ones: median and p99 latency;
 * <li>{@code --mode throughput}: for each of {@code --clients 1,8,32}, all requests mixed (or each
 *     group alone with {@code --per-group true}) for {@code --seconds}: requests per second.
 * </ul>
 * Rows go to stdout as CSV: label,mode,group,clients,requests,seconds,req_per_s,median_ms,p99_ms,mean_bytes,errors,server_cpu_ms
 * — the last is the CPU time the server process ({@code --server-pid}, from /proc) spent per answered
 * request while it was measured: on a shared machine a steadier cost than wall time.
 */
public final class HttpBench {
    record Request(String name, String method, URI uri, String accept, String query) {}

    record Sample(long nanos, long bytes, boolean ok) {}

    private final long serverPid;

    HttpBench(long serverPid) { this.serverPid = serverPid; }

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(4))
            .build();

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        URI base = URI.create(args.string("--base", "http://127.0.0.1:3030/"));
        Path file = Path.of(args.string("--requests", null));
        String mode = args.string("--mode", "latency");
        String label = args.string("--label", "server");
        int iterations = args.integer("--iterations", 30);
        int warmup = args.integer("--warmup", 5);
        int seconds = args.integer("--seconds", 15);
        List<Integer> clients = Arrays.stream(args.string("--clients", "1,8,32").split(",")).map(Integer::parseInt).toList();
        boolean perGroup = Boolean.parseBoolean(args.string("--per-group", "false"));
        long serverPid = args.longValue("--server-pid", -1);
        args.done();
        HttpBench bench = new HttpBench(serverPid);
        Map<String, List<Request>> groups = read(base, file);
        if (mode.equals("latency")) {
            for (var group : groups.entrySet())
                System.out.println(bench.latency(label, group.getKey(), group.getValue(), warmup, iterations));
        } else {
            Map<String, List<Request>> mixes = perGroup ? groups
                    : Map.of("all", groups.values().stream().flatMap(List::stream).toList());
            for (var mix : mixes.entrySet())
                for (int c : clients)
                    System.out.println(bench.throughput(label, mix.getKey(), mix.getValue(), c, seconds));
        }
        System.exit(0); // the HTTP client's threads
    }

    static Map<String, List<Request>> read(URI base, Path file) throws IOException {
        Map<String, List<Request>> groups = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] f = line.split("\t");
            String query = f.length > 4 ? Files.readString(file.resolveSibling(f[4])) : null;
            groups.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Request(f[0], f[1], base.resolve(f[2]), f[3], query));
        }
        return groups;
    }

    private String latency(String label, String group, List<Request> requests, int warmup, int iterations) {
        for (int i = 0; i < warmup; i++)
            send(requests.get(i % requests.size()));
        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime(), cpu = serverCpuMillis();
        for (int i = 0; i < iterations; i++)
            samples.add(send(requests.get(i % requests.size())));
        return row(label, "latency", group, 1, samples, (System.nanoTime() - start) / 1e9, serverCpuSince(cpu));
    }

    private String throughput(String label, String group, List<Request> requests, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicBoolean measuring = new AtomicBoolean(false), stop = new AtomicBoolean(false);
        List<Future<List<Sample>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            results.add(pool.submit(() -> {
                List<Sample> mine = new ArrayList<>();
                for (int i = offset; !stop.get(); i++) {
                    Sample s = send(requests.get(i % requests.size()));
                    if (measuring.get() && !stop.get())
                        mine.add(s);
                }
                return mine;
            }));
        }
        Thread.sleep(Math.min(5, Math.max(1, seconds / 5)) * 1000L); // warm-up: JIT, caches, connections
        measuring.set(true);
        long start = System.nanoTime(), cpu = serverCpuMillis();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpuMillis = serverCpuSince(cpu);
        List<Sample> all = new ArrayList<>();
        for (var f : results)
            all.addAll(f.get());
        pool.shutdown();
        return row(label, "throughput", group, clients, all, elapsed, cpuMillis);
    }

    private Sample send(Request r) {
        HttpRequest.Builder b = HttpRequest.newBuilder(r.uri()).timeout(Duration.ofSeconds(120)).header("Accept", r.accept());
        if (r.method().equals("POST"))
            b.header("Content-Type", "application/x-www-form-urlencoded")
             .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(r.query(), StandardCharsets.UTF_8)));
        else
            b.GET();
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Sample(System.nanoTime() - t0, response.body().length, response.statusCode() == 200);
        } catch (IOException e) {
            return new Sample(System.nanoTime() - t0, 0, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(System.nanoTime() - t0, 0, false);
        }
    }

    /** CPU time (user + system) of the server process so far, or a negative number when unknown. */
    private long serverCpuMillis() {
        if (serverPid <= 0)
            return -1;
        try {
            String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // after "pid (comm) "
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / CLOCK_TICKS; // utime, stime
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private long serverCpuSince(long cpuMillis) {
        long now = serverCpuMillis();
        return cpuMillis < 0 || now < 0 ? -1 : now - cpuMillis;
    }

    /** USER_HZ: 100 on Linux on every common architecture. */
    private static final long CLOCK_TICKS = 100;

    private static String row(String label, String mode, String group, int clients, List<Sample> samples, double seconds,
            long serverCpuMillis) {
        long[] nanos = samples.stream().filter(Sample::ok).mapToLong(Sample::nanos).sorted().toArray();
        long errors = samples.stream().filter(s -> !s.ok()).count();
        double meanBytes = samples.stream().filter(Sample::ok).mapToLong(Sample::bytes).average().orElse(0);
        double cpuPerRequest = serverCpuMillis >= 0 && nanos.length > 0 ? (double) serverCpuMillis / nanos.length : Double.NaN;
        return String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%.1f,%.1f,%.2f,%.2f,%.0f,%d,%.1f", label, mode, group, clients,
                nanos.length, seconds, nanos.length / seconds, percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6,
                meanBytes, errors, cpuPerRequest);
    }

    /** Nearest-rank percentile of sorted values; NaN when there are none. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0)
            return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
