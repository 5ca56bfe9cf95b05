package org.alliancegraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import org.alliancegraph.TestSupport;

/** The code may only use ontology terms that ontology/alliancegraph.ttl declares. */
class VocabularyTest {
    private static final Graph ONTOLOGY = OntologyFiles.ontology();

    private static boolean declared(String uri) {
        Node n = org.apache.jena.graph.NodeFactory.createURI(uri);
        return ONTOLOGY.contains(n, RDF.type.asNode(), Node.ANY) && ONTOLOGY.contains(n, RDFS.label.asNode(), Node.ANY)
                && ONTOLOGY.contains(n, RDFS.comment.asNode(), Node.ANY);
    }

    @Test
    void everyConstantInAgIsDeclaredWithLabelAndComment() throws Exception {
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        for (Field f : AG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType()))
                continue;
            checked++;
            String uri = ((Resource) f.get(null)).getURI();
            if (!declared(uri))
                missing.add(uri);
        }
        assertTrue(checked > 20, "constants found: " + checked);
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyAgTermWrittenForTheSeedsIsDeclared() throws Exception {
        Set<String> used = new HashSet<>();
        for (var file : TestSupport.seedFiles()) {
            ArticleGraph g = TestSupport.extractor().extract(file);
            for (Graph graph : new Graph[] {g.graph(), g.reference()})
                graph.find().forEach((Triple t) -> {
                    used.add(t.getPredicate().getURI());
                    if (t.getPredicate().equals(RDF.type.asNode()))
                        used.add(t.getObject().getURI());
                });
        }
        Set<String> missing = new TreeSet<>();
        for (String uri : used)
            if (uri.startsWith(AG.NS) && !declared(uri))
                missing.add(uri);
        assertTrue(used.contains(AG.Evidence.getURI()));
        assertEquals(Set.of(), missing);
    }

    @Test
    void schemaOrgIsTheHttpNamespaceOfTheContract() {
        assertEquals("http://schema.org/datePublished", SCHEMA.datePublished.getURI());
        assertTrue(ONTOLOGY.contains(SCHEMA.datePublished.asNode(), Node.ANY, Node.ANY),
                "the ontology declares schema:datePublished in the same namespace");
    }
}
