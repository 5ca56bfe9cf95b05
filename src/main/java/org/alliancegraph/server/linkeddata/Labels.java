package org.alliancegraph.server.linkeddata;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Human-readable names of nodes: their label in the data, else a short form of the IRI. */
public final class Labels {
    private Labels() {}

    public record Label(Node predicate, Node value) {}

    /** The value of {@code predicate} for {@code node}: an English (or language-less) literal if there is one. */
    public static Optional<Label> preferred(Graph graph, Node node, Node predicate) {
        Node best = null;
        ExtendedIterator<Triple> it = graph.find(node, predicate, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral())
                    continue;
                String lang = o.getLiteralLanguage();
                if (lang.isEmpty() || lang.toLowerCase().startsWith("en")) {
                    best = o;
                    break;
                }
                if (best == null)
                    best = o;
            }
        } finally {
            it.close();
        }
        return Optional.ofNullable(best).map(b -> new Label(predicate, b));
    }

    /** The display name of a node: rdfs:label, skos:prefLabel or dcterms:title, else its short IRI. */
    public static String of(Graph graph, Node node, PrefixMapping prefixes) {
        if (node.isURI())
            for (Node p : new Node[] {RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode()}) {
                Optional<Label> l = preferred(graph, node, p);
                if (l.isPresent())
                    return l.get().value().getLiteralLexicalForm();
            }
        return shortForm(node, prefixes);
    }

    /** "ag:donor" for a known namespace, the last path segment or fragment otherwise. */
    public static String shortForm(Node node, PrefixMapping prefixes) {
        if (!node.isURI())
            return node.isBlank() ? "(unnamed node)" : node.toString();
        String uri = node.getURI();
        String qname = prefixes.qnameFor(uri);
        if (qname != null)
            return qname;
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
    }
}
