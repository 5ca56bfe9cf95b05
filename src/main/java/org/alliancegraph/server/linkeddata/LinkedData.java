package org.alliancegraph.server.linkeddata;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

import org.alliancegraph.rdf.Prefixes;
import org.alliancegraph.rdf.UriScheme;

/** What the linked-data servlets share: the store, its version and statistics, URIs, templates. */
final class LinkedData implements AutoCloseable {
    final DatasetGraph dsg;
    final String dataset;
    final UriScheme uris;
    final Hrefs hrefs;
    final StoreVersion version;
    final StatisticsCache statistics;
    final Graph ontology;
    final DescriptionBuilder descriptions;
    final Templates templates = new Templates();
    final Http http = new Http(templates);
    final PrefixMapping prefixes;

    LinkedData(DatasetGraph dsg, String dataset, UriScheme uris, Graph ontology) {
        this.dsg = dsg;
        this.dataset = dataset;
        this.uris = uris;
        this.hrefs = new Hrefs(uris);
        this.version = new StoreVersion(dsg);
        this.statistics = new StatisticsCache(dsg, version, uris.idBase());
        this.ontology = ontology;
        this.prefixes = prefixes(uris);
        this.descriptions = new DescriptionBuilder(dsg, new KnownPredicates(ontology, statistics),
                DescriptionBuilder.DEFAULT_CAP, DescriptionBuilder.DEFAULT_COUNT_CEILING,
                (resource, t) -> sparqlEndpoint() + "?query=" + java.net.URLEncoder.encode(
                        Truncations.query(resource, t), java.nio.charset.StandardCharsets.UTF_8));
    }

    static PrefixMapping prefixes(UriScheme uris) {
        PrefixMapping p = PrefixMapping.Factory.create();
        p.setNsPrefixes(Prefixes.standard(uris));
        p.setNsPrefixes(Map.of("hydra", Truncations.HYDRA, "void", VoidDescription.VOID, "sd", ServiceDescription.SD));
        return p.lock();
    }

    String sparqlEndpoint() { return uris.base() + dataset + "/sparql"; }

    /** A weak validator for one representation of the store's current state. */
    String etag(String representation) { return "W/\"" + version.tag() + "-" + representation + "\""; }

    @Override
    public void close() { statistics.close(); }
}
