package org.alliancegraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;
import org.alliancegraph.store.Loader;

/**
 * Loading (new articles, then forced replacements) while 16 clients query over HTTP: every
 * article graph a reader sees has exactly the triple count extraction gives it, never part of it,
 * and no request fails.
 */
class ConcurrentLoadTest {
    static final int READERS = 16;

    @Test
    void readersNeverSeeAHalfLoadedArticle(@TempDir Path tmp) throws Exception {
        List<Path> files = GeneratedArticles.write(tmp.resolve("articles"), 60);
        Map<String, StoreAudit.Expected> expected = StoreAudit.expectations(files);
        String prefix = TestSupport.URIS.articleGraphPrefix();
        String counts = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + prefix
                + "\")) } GROUP BY ?g";
        String target = "/kg/sparql?query=" + URLEncoder.encode(counts, StandardCharsets.UTF_8);

        try (TestServer server = TestServer.start(tmp, 30_000)) {
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicInteger queries = new AtomicInteger(), errors = new AtomicInteger();
            List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
            Set<Integer> graphCountsSeen = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(READERS);
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++)
                readers.add(pool.submit(() -> {
                    while (loading.get()) {
                        try {
                            RawHttp.Answer a = RawHttp.get(server.port(), target, "application/sparql-results+json");
                            queries.incrementAndGet();
                            if (a.status() != 200) {
                                errors.incrementAndGet();
                                continue;
                            }
                            AtomicInteger graphs = new AtomicInteger();
                            ResultSetFactory.fromJSON(new ByteArrayInputStream(a.body().getBytes(StandardCharsets.UTF_8)))
                                    .forEachRemaining(row -> {
                                        graphs.incrementAndGet();
                                        String slug = row.getResource("g").getURI().substring(prefix.length());
                                        long n = row.getLiteral("n").getLong();
                                        StoreAudit.Expected e = expected.get(slug);
                                        if (e == null || e.triples() != n)
                                            violations.add(slug + " seen with " + n + " triples, expected "
                                                    + (e == null ? "no graph" : e.triples()));
                                    });
                            graphCountsSeen.add(graphs.get());
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            // Small batches, so that readers meet many committed states during a 60-article load.
            Loader loader = new Loader(server.store(), TestSupport.extractor(), 2, 4);
            Loader.Report added = loader.load(files, false);
            Loader.Report replaced = loader.load(files.subList(0, 20), true);
            loading.set(false);
            for (Future<?> f : readers)
                f.get(2, TimeUnit.MINUTES);
            pool.shutdown();

            assertTrue(added.ok() && added.added() == 60 && replaced.replaced() == 20, added + " / " + replaced);
            assertEquals(List.of(), violations.stream().distinct().toList(), "half-loaded articles seen");
            assertEquals(0, errors.get(), "failed requests out of " + queries.get());
            assertTrue(graphCountsSeen.size() >= 3, "readers ran during the load: saw article counts " + graphCountsSeen);
            System.out.printf("ConcurrentLoadTest: %d queries by %d readers, %d distinct article counts seen, 0 errors%n",
                    queries.get(), READERS, graphCountsSeen.size());
        }
    }
}
