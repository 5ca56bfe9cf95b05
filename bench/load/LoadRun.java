import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load run against an AllianceGraph server on this machine: N clients, each in a closed
 * loop, mixing SPARQL queries, linked-data dereferences (/id/ → 303 → /doc/), Graph Store reads
 * and pings for a fixed time; prints requests, errors and latency percentiles per kind.
 * Refuses any host that is not a loopback address.
 *
 *   java bench/load/LoadRun.java http://127.0.0.1:3030 [clients=32] [seconds=60]
 */
public class LoadRun {
    static final String BASE_URI = "http://localhost:3030/";
    static final List<String> QUERIES = List.of(
            "PREFIX ag: <https://w3id.org/alliancegraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?p ?name WHERE { ?p a ag:Person ; rdfs:label ?name } ORDER BY ?name",
            "PREFIX ag: <https://w3id.org/alliancegraph/ontology#> PREFIX schema: <http://schema.org/> "
                    + "SELECT ?pledge ?donor ?value ?cur WHERE { ?pledge a ag:Pledge ; ag:donor ?donor ; ag:amount ?a . "
                    + "?a schema:value ?value ; schema:currency ?cur } ORDER BY DESC(?value) LIMIT 20",
            "PREFIX ag: <https://w3id.org/alliancegraph/ontology#> SELECT ?s (COUNT(?e) AS ?n) WHERE { ?s ag:evidence ?e } "
                    + "GROUP BY ?s ORDER BY DESC(?n) LIMIT 10",
            "PREFIX ag: <https://w3id.org/alliancegraph/ontology#> SELECT ?st ?text WHERE { ?st a ag:Statement ; ag:text ?text } LIMIT 50",
            "ASK { ?s ?p ?o }");
    static final List<String> RDF_ACCEPTS = List.of("text/turtle", "application/ld+json", "text/html", "application/rdf+xml");

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java bench/load/LoadRun.java http://127.0.0.1:PORT [clients] [seconds]");
            System.exit(2);
        }
        URI server = URI.create(args[0].replaceAll("/+$", ""));
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        requireLoopback(server);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        List<String> ids = select(http, server, "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \""
                + BASE_URI + "id/\")) } LIMIT 2000", "s");
        List<String> graphs = select(http, server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 500", "g");
        if (ids.isEmpty() || graphs.isEmpty())
            throw new IllegalStateException("the server has no data to ask for");
        System.err.printf("load run: %d clients, %d s, %s; %d /id/ URIs, %d graphs to pick from%n",
                clients, seconds, server, ids.size(), graphs.size());

        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            Thread t = new Thread(() -> {
                Map<String, List<Long>> mine = new TreeMap<>();
                while (System.nanoTime() < end) {
                    int dice = random.nextInt(10);
                    String kind;
                    HttpRequest request;
                    if (dice < 4) {
                        kind = "query";
                        request = HttpRequest.newBuilder(server.resolve("/kg/sparql?query="
                                + URLEncoder.encode(QUERIES.get(random.nextInt(QUERIES.size())), StandardCharsets.UTF_8)))
                                .header("Accept", "application/sparql-results+json").build();
                    } else if (dice < 8) {
                        kind = "dereference";
                        String id = ids.get(random.nextInt(ids.size()));
                        request = HttpRequest.newBuilder(server.resolve("/" + id.substring(BASE_URI.length())))
                                .header("Accept", RDF_ACCEPTS.get(random.nextInt(RDF_ACCEPTS.size()))).build();
                    } else if (dice < 9) {
                        kind = "graph";
                        request = HttpRequest.newBuilder(server.resolve("/kg/get?graph="
                                + URLEncoder.encode(graphs.get(random.nextInt(graphs.size())), StandardCharsets.UTF_8)))
                                .header("Accept", "text/turtle").build();
                    } else {
                        kind = "ping";
                        request = HttpRequest.newBuilder(server.resolve("/$/ping")).build();
                    }
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                            firstError.putIfAbsent(kind, r.statusCode() + " " + request.uri());
                        }
                    } catch (Exception e) {
                        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                        firstError.putIfAbsent(kind, e + " " + request.uri());
                    }
                    mine.computeIfAbsent(kind, k -> new ArrayList<>()).add(System.nanoTime() - t0);
                }
                mine.forEach((k, v) -> latencies.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(new ArrayList<>())).addAll(v));
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads)
            t.join();

        List<Long> all = new ArrayList<>();
        latencies.values().forEach(all::addAll);
        long totalErrors = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.println("| kind | requests | errors | p50 ms | p90 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String kind : new TreeMap<>(latencies).keySet())
            System.out.println(row(kind, latencies.get(kind), errors.getOrDefault(kind, new AtomicLong()).get()));
        System.out.println(row("**all**", all, totalErrors));
        System.out.printf(Locale.ROOT, "%n%d requests in %d s (%.0f/s) by %d clients; %d errors%n",
                all.size(), seconds, all.size() / (double) seconds, clients, totalErrors);
        firstError.forEach((k, v) -> System.out.println("first " + k + " error: " + v));
        System.exit(totalErrors == 0 ? 0 : 1);
    }

    /** Only this machine: every address the host name resolves to must be a loopback address. */
    static void requireLoopback(URI server) throws Exception {
        String host = server.getHost();
        InetAddress[] addresses = host == null ? new InetAddress[0] : InetAddress.getAllByName(host);
        if (!"http".equals(server.getScheme()) || addresses.length == 0
                || !Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress)) {
            System.err.println("refused: " + server + " is not a loopback address; load runs go only against this machine");
            System.exit(2);
        }
    }

    static List<String> select(HttpClient http, URI server, String query, String var) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.resolve("/kg/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
            throw new IllegalStateException(query + " → " + r.statusCode() + " " + r.body());
        List<String> values = new ArrayList<>(r.body().lines().skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList());
        return values;
    }

    static String row(String kind, List<Long> nanos, long errors) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |", kind, sorted.length, errors,
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0)
            return 0;
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
