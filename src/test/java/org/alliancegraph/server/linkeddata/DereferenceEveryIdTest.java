package org.alliancegraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** CONTRACT §2: every URI under {base}id/ that appears in the data dereferences (303, then 200). */
class DereferenceEveryIdTest {
    static final LinkedDataServer S = LinkedDataServer.get();

    @Test
    void everyIdUriInTheStoreDereferences() {
        String idSpace = S.uris.idBase();
        Set<String> ids = new TreeSet<>();
        Txn.executeRead(S.store.dataset(), () -> S.store.dataset().getUnionGraph().find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()})
                if (n.isURI() && n.getURI().startsWith(idSpace))
                    ids.add(n.getURI());
        }));
        assertTrue(ids.size() > 100, "the seeds mint many ids: " + ids.size());
        List<String> failures = new ArrayList<>();
        for (String id : ids) {
            String path = URI.create(id).getRawPath();
            HttpResponse<String> r = S.get(path, "text/turtle");
            String location = r.headers().firstValue("Location").orElse("");
            HttpResponse<String> doc = r.statusCode() == 303 ? S.get(location, "text/turtle") : null;
            if (doc == null || doc.statusCode() != 200 || !doc.body().contains(id.substring(id.lastIndexOf('/') + 1)))
                failures.add(id + " -> " + r.statusCode() + (doc == null ? "" : " -> " + doc.statusCode()));
        }
        assertEquals(List.of(), failures, "of " + ids.size() + " ids");
    }

    @Test
    void everyPredicateOfTheStoreIsKnownWithoutStatistics() {
        Set<Node> known = KnownPredicates.ofOntology(org.alliancegraph.rdf.OntologyFiles.ontology());
        Set<String> missing = new TreeSet<>();
        Txn.executeRead(S.store.dataset(), () -> S.store.dataset().getUnionGraph().find().mapWith(Triple::getPredicate)
                .filterDrop(known::contains).forEachRemaining(p -> missing.add(p.getURI())));
        // Not a failure of the description (the statistics add these), but the seeds should need no scan.
        assertEquals(Set.of(), missing, "predicates the ontology neither declares nor uses");
    }
}
