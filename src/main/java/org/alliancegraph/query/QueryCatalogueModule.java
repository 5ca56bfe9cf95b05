package org.alliancegraph.query;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** Publishes the query catalogue at {@code /queries} (HTML) and {@code /queries/NAME.rq}. */
public final class QueryCatalogueModule implements FusekiModule {
    private final String dataset;

    /** {@code dataset}: the dataset name the UI links open ("kg"). */
    public QueryCatalogueModule(String dataset) { this.dataset = dataset; }

    @Override
    public String name() { return "AllianceGraph query catalogue"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        QueryCatalogueServlet servlet = new QueryCatalogueServlet(QueryCatalogue.load(), dataset);
        builder.addServlet("/queries", servlet);
        builder.addServlet("/queries/*", servlet);
    }
}
