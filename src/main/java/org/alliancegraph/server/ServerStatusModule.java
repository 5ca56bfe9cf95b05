package org.alliancegraph.server;

import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * What Fuseki's query UI needs to list the datasets, without the admin module: the read-only
 * {@code /$/server} status and the server-control attribute the UI module looks for. The full
 * admin module would also let anyone create, delete and back up datasets over HTTP.
 */
public final class ServerStatusModule implements FusekiModule {
    private final Path fusekiBase;

    /** {@code fusekiBase} is only consulted for a local "webapp" UI override; nothing is written there. */
    public ServerStatusModule(Path fusekiBase) { this.fusekiBase = fusekiBase; }

    @Override
    public String name() { return "AllianceGraph server status"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(fusekiBase));
        builder.addServlet("/$/server", new ActionServerStatus());
    }
}
