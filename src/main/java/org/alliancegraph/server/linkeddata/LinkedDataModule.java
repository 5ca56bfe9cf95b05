package org.alliancegraph.server.linkeddata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;

import org.alliancegraph.rdf.OntologyFiles;
import org.alliancegraph.rdf.UriScheme;

/**
 * Linked data on the Fuseki server: {@code /id/…} (303 to a document), {@code /doc/…} (the
 * description of a resource in RDF or HTML), {@code /ontology}, {@code /.well-known/void}, the
 * service description on a GET of {@code /{dataset}/sparql} without a query, and full dumps under
 * {@code /dump/}. Reads the store of the dataset {@code dataset} (the only one if there is one).
 */
public final class LinkedDataModule implements FusekiModule {
    private final UriScheme uris;
    private final String datasetName;
    private final Graph ontology;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private LinkedData ld;

    public LinkedDataModule(UriScheme uris, String datasetName) {
        this.uris = uris;
        this.datasetName = datasetName;
        this.ontology = OntologyFiles.ontology();
    }

    @Override
    public String name() { return "AllianceGraph linked data"; }

    @Override
    public void configured(FusekiServer.Builder builder, DataAccessPointRegistry registry, Model configModel) {
        DataAccessPoint dap = registry.get("/" + datasetName);
        if (dap == null && registry.size() == 1)
            dap = registry.accessPoints().get(0);
        if (dap == null)
            throw new IllegalStateException("linked data: no dataset /" + datasetName + " in the configuration");
        String name = dap.getName().startsWith("/") ? dap.getName().substring(1) : dap.getName();
        ld = new LinkedData(dap.getDataService().getDataset(), name, uris, ontology);
        ontology.getPrefixMapping().setNsPrefixes(ld.prefixes);

        builder.addServlet("/id/*", new IdServlet(ld));
        builder.addServlet("/doc/*", new DocServlet(ld));
        builder.addServlet("/dump/*", new DumpServlet(ld));
        builder.addServlet("/.well-known/void", new GraphServlet(storeGraph(
                () -> VoidDescription.of(uris, ld.sparqlEndpoint(), ld.statistics.current()))));
        GraphServlet onto = new GraphServlet(new GraphResource(ld.http, DocFormat.ALL,
                () -> "W/\"ontology-" + Integer.toHexString(ontology.size()) + "-" + started.getEpochSecond() + "\"",
                () -> started, () -> ontology, "ontology",
                g -> Map.of("page", OntologyPage.of(g, ld.prefixes))));
        builder.addServlet("/ontology", onto);
        for (DocFormat f : DocFormat.ALL)
            builder.addServlet("/ontology." + f.suffix(), onto);
        builder.addFilter("/" + name + "/sparql", new ServiceDescriptionFilter(storeGraph(
                () -> ServiceDescription.of(uris, ld.sparqlEndpoint(), ld.statistics.current()))));
    }

    /** A graph computed from the store statistics, validated by the store version. */
    private GraphResource storeGraph(java.util.function.Supplier<Graph> graph) {
        return new GraphResource(ld.http, DocFormat.RDF,
                () -> ld.version.known() ? ld.etag("stats") : null, ld.version::lastModified,
                () -> withPrefixes(graph.get()), null, null);
    }

    private Graph withPrefixes(Graph g) {
        g.getPrefixMapping().setNsPrefixes(ld.prefixes);
        return g;
    }

    /** Warm the statistics in the background so the first VoID request does not pay for them. */
    @Override
    public void serverAfterStarting(FusekiServer server) {
        if (ld != null)
            ld.statistics.latest();
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (ld != null)
            ld.close();
    }
}
