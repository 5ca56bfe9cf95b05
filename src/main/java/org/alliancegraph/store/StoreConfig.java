package org.alliancegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;

import org.alliancegraph.federation.ServiceAllowList;

/**
 * The Fuseki assembler file ({@code fuseki-config/alliancegraph.ttl}) is the one description of
 * the stored dataset: TDB2 wrapped in a Lucene text index. The command line and the server both
 * open the dataset from it, pointed at the data directory of the run, so every write goes
 * through the text index and both see one dataset object per data directory.
 */
public final class StoreConfig {
    public static final String DEFAULT_CONFIG = "fuseki-config/alliancegraph.ttl";
    /** Where the text index lives inside the data directory. */
    public static final String TEXT_DIRECTORY = "text";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";

    private StoreConfig() {}

    /** The assembler file {@code config}; null for {@value #DEFAULT_CONFIG}, else the jar's copy. */
    public static Model read(Path config) {
        Model model = ModelFactory.createDefaultModel();
        if (config != null) {
            if (!Files.isRegularFile(config))
                throw new IllegalArgumentException("configuration file not found: " + config);
            RDFParser.source(config).lang(Lang.TURTLE).parse(model);
            return model;
        }
        Path local = Path.of(DEFAULT_CONFIG);
        if (Files.isRegularFile(local)) {
            RDFParser.source(local).lang(Lang.TURTLE).parse(model);
            return model;
        }
        try (InputStream in = StoreConfig.class.getResourceAsStream("/" + DEFAULT_CONFIG)) {
            if (in == null)
                throw new IOException("missing resource " + DEFAULT_CONFIG);
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///fuseki-config/").parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every {@code tdb2:location} becomes the absolute data directory of this run and every
     * {@code text:directory} its {@value #TEXT_DIRECTORY} subdirectory (relative paths in the file
     * would resolve against the working directory or the file).
     */
    public static void pointAtData(Model config, Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        replaceAll(config, config.createProperty(TDB2, "location"), dir.toString());
        replaceAll(config, TextVocab.pDirectory, dir.resolve(TEXT_DIRECTORY).toString());
    }

    private static void replaceAll(Model config, Property property, String value) {
        List<Statement> old = config.listStatements(null, property, (RDFNode) null).toList();
        for (Statement st : old) {
            config.remove(st);
            config.add(st.getSubject(), property, value);
        }
    }

    /** The dataset description the first Fuseki service of {@code config} serves. */
    public static Resource servedDataset(Model config) {
        Property dataset = config.createProperty(FUSEKI, "dataset");
        return config.listSubjectsWithProperty(RDF.type, config.createResource(FUSEKI + "Service"))
                .filterKeep(svc -> svc.hasProperty(dataset))
                .nextOptional()
                .map(svc -> svc.getPropertyResourceValue(dataset))
                .orElseThrow(() -> new IllegalArgumentException("no fuseki:Service with a fuseki:dataset in the configuration"));
    }

    /**
     * Opens the served dataset of {@code config} (null: the default file) in {@code dataDir}.
     * Opening the same directory again in this JVM returns the same dataset.
     */
    public static DatasetGraph open(Path dataDir, Path config) {
        Model model = read(config);
        String allowList = prepare(model, dataDir);
        DatasetGraph dsg = ((Dataset) Assembler.general().open(servedDataset(model))).asDatasetGraph();
        ServiceAllowList.applyTo(dsg, allowList);
        return dsg;
    }

    /**
     * What both the server and {@link #open} do to the file before assembling anything from it;
     * returns the SERVICE allow-list of the served dataset (see {@link ServiceAllowList}).
     */
    public static String prepare(Model config, Path dataDir) {
        JenaSystem.init();
        SharedTextDatasetAssembler.register();
        pointAtData(config, dataDir);
        return ServiceAllowList.configure(config, servedDataset(config));
    }
}
