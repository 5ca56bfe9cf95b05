package org.alliancegraph.server.guard;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * What stands between the network and Fuseki: a cap on request bodies (413), the
 * {@link RequestGuard} filter (bad encodings → 400, unsupported Accept → 406, "Connection: close"
 * on refused requests with bodies), and error pages without stack traces. List it first among
 * the modules, so its filter runs before the others'.
 */
public final class RequestGuardModule implements FusekiModule {
    /** Queries are kilobytes; the largest legitimate bodies are graph uploads to the authenticated /kg/data. */
    public static final long MAX_REQUEST_BODY = 10L * 1024 * 1024;

    @Override
    public String name() { return "AllianceGraph request guard"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new RequestGuard(datasetNames));
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        Server jetty = server.getJettyServer();
        // Counts the bytes actually read too, so a chunked body without Content-Length is capped as well.
        SizeLimitHandler limit = new SizeLimitHandler(MAX_REQUEST_BODY, -1);
        Handler inner = jetty.getHandler();
        jetty.setHandler(limit);
        limit.setHandler(inner);
        quiet(jetty.getErrorHandler());
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        if (context != null)
            quiet(context.getErrorHandler());
    }

    private static void quiet(Object errorHandler) {
        if (errorHandler instanceof ErrorHandler eh) {
            eh.setShowStacks(false);
            eh.setShowCauses(false);
        }
    }
}
