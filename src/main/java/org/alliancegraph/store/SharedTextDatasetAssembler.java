package org.alliancegraph.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.assembler.Mode;
import org.apache.jena.assembler.assemblers.AssemblerBase;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.query.text.assembler.TextDatasetAssembler;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;

/**
 * Builds a {@code text:TextDataset} once per Lucene directory in this JVM. Lucene allows one index
 * writer per directory ({@code write.lock}), and TDB2 already shares one database per location;
 * so when the command line opens the store and the server then assembles the same description,
 * both get the same text dataset instead of a second writer that fails to lock.
 */
final class SharedTextDatasetAssembler extends AssemblerBase {
    private static final Map<String, Dataset> OPEN = new ConcurrentHashMap<>();
    private static volatile boolean registered;

    private final TextDatasetAssembler standard = new TextDatasetAssembler();

    /** Replaces jena-text's assembler for text:TextDataset in this JVM (idempotent). */
    static synchronized void register() {
        if (!registered) {
            AssemblerUtils.registerDataset(TextVocab.textDataset, new SharedTextDatasetAssembler());
            registered = true;
        }
    }

    @Override
    public Object open(Assembler a, Resource root, Mode mode) {
        return OPEN.computeIfAbsent(indexDirectory(root), dir -> {
            Dataset dataset = (Dataset) standard.open(a, root, mode);
            // Once per directory and JVM, before anyone reads or writes: see TextIndexSync.
            if (!dir.startsWith("mem:"))
                TextIndexSync.repairIfInterrupted(dataset.asDatasetGraph(), Path.of(dir));
            return dataset;
        });
    }

    /** The key: the index directory as an absolute path ("mem" indexes are never shared). */
    private static String indexDirectory(Resource root) {
        Resource index = root.getPropertyResourceValue(TextVocab.pIndex);
        org.apache.jena.rdf.model.Statement directory = index == null ? null : index.getProperty(TextVocab.pDirectory);
        if (directory == null || directory.getObject().isLiteral() && "mem".equals(directory.getString()))
            return "mem:" + System.identityHashCode(root) + ":" + root;
        String path = directory.getObject().isLiteral() ? directory.getString() : directory.getResource().getURI();
        return Path.of(path.startsWith("file:") ? java.net.URI.create(path).getPath() : path)
                .toAbsolutePath().normalize().toString();
    }
}
