package org.alliancegraph.bench;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;

import org.alliancegraph.rdf.UriScheme;
import org.alliancegraph.server.linkeddata.StoreStatistics;
import org.alliancegraph.server.linkeddata.StoreVersion;
import org.alliancegraph.store.KnowledgeStore;

/**
 * The VoID statistics pass the server runs after each start, timed alone on an existing store:
 * {@code StatisticsBench --data DIR --articles N}, one CSV row (see {@link Measurement}; "triples"
 * is the union's triple count the pass found). The pass is single-threaded, so cpu_cores near 1.
 */
public final class StatisticsBench {
    public static void main(String[] argv) {
        Args args = new Args(argv);
        Path data = Path.of(args.string("--data", null));
        long articles = args.integer("--articles", 0);
        UriScheme uris = UriScheme.defaults();
        DatasetGraph dsg = KnowledgeStore.open(data, uris).dataset();
        Measurement m = new Measurement();
        StoreStatistics s = StoreStatistics.compute(dsg, new StoreVersion(dsg), uris.idBase());
        System.out.println(Measurement.csv("statistics", articles, s.triples(), m.stop()));
    }
}
