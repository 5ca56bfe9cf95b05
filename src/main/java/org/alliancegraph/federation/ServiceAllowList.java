package org.alliancegraph.federation;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;

/**
 * Outbound SERVICE only to endpoints the configuration lists. The list is a dataset context
 * setting in the assembler file ({@value #SYMBOL_NAME}: space-separated endpoint URLs, exact
 * match; empty means none). A query on a dataset with that setting may call only those endpoints:
 * anything else fails before a connection is opened. Queries on other datasets are left alone.
 */
public final class ServiceAllowList implements ChainingServiceExecutor {
    public static final String SYMBOL_NAME = "urn:alliancegraph:serviceAllowList";
    public static final Symbol ALLOW_LIST = Symbol.create(SYMBOL_NAME);
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static volatile boolean installed;

    private ServiceAllowList() {}

    /** Puts the check into ARQ's SERVICE chain, once per JVM. */
    public static synchronized void install() {
        if (installed)
            return;
        JenaSystem.init(); // the registry needs ARQ's context; without init it fails with "Context key is null"
        ServiceExecutorRegistry.get().addSingleLink(new ServiceAllowList());
        installed = true;
    }

    /**
     * Prepares an assembler configuration for our server and returns the allow-list of the dataset
     * it serves ("" when the file names none). SERVICE is switched back on for every dataset (the
     * file switches it off for stock Fuseki, which has no allow-list); {@link #applyTo} then limits it.
     */
    public static String configure(Model config, Resource servedDataset) {
        install();
        Property context = config.createProperty(JA, "context");
        Property name = config.createProperty(JA, "cxtName");
        Property value = config.createProperty(JA, "cxtValue");
        String allowList = "";
        for (Statement st : config.listStatements(null, context, (RDFNode) null).toList()) {
            Resource setting = st.getResource();
            String settingName = setting.hasProperty(name) ? setting.getProperty(name).getString() : "";
            if (isServiceSwitch(settingName))
                config.remove(st);
            if (SYMBOL_NAME.equals(settingName) && st.getSubject().equals(servedDataset) && setting.hasProperty(value))
                allowList = setting.getProperty(value).getString();
        }
        return allowList;
    }

    /**
     * Limits SERVICE in queries on {@code dataset} to {@code allowList}. Set on the dataset, not
     * only in the file: the dataset is opened once per JVM and a later server may list others.
     */
    public static void applyTo(DatasetGraph dataset, String allowList) {
        dataset.getContext().set(ALLOW_LIST, allowList);
    }

    private static boolean isServiceSwitch(String name) {
        return name.equals("arq:httpServiceAllowed") || name.equals(ARQ.httpServiceAllowed.getSymbol());
    }

    /** The endpoints a context allows; null when the context has no allow-list. */
    static Set<String> allowed(org.apache.jena.sparql.util.Context context) {
        Object value = context.get(ALLOW_LIST);
        if (value == null)
            return null;
        return Arrays.stream(value.toString().trim().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Set<String> allowed = allowed(execCxt.getContext());
        if (allowed != null) {
            var service = opExecute.getService();
            String endpoint = service.isURI() ? service.getURI() : String.valueOf(service);
            if (!allowed.contains(endpoint))
                throw new QueryDeniedException("SERVICE <" + endpoint + "> is not allowed: this endpoint calls only the "
                        + "endpoints listed in its configuration (" + (allowed.isEmpty() ? "none" : String.join(" ", allowed)) + ")");
        }
        return chain.createExecution(opExecute, original, binding, execCxt);
    }
}
