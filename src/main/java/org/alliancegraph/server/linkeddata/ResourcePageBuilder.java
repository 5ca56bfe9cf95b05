package org.alliancegraph.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

import org.alliancegraph.rdf.AG;
import org.alliancegraph.server.linkeddata.ResourcePage.ArticleView;
import org.alliancegraph.server.linkeddata.ResourcePage.Fact;
import org.alliancegraph.server.linkeddata.ResourcePage.Link;
import org.alliancegraph.server.linkeddata.ResourcePage.Quote;
import org.alliancegraph.server.linkeddata.ResourcePage.Row;
import org.alliancegraph.server.linkeddata.ResourcePage.Value;

/**
 * Turns a {@link Description} into the model of an HTML page. Runs inside the read transaction
 * of the request: names of properties and classes come from the ontology graph of the store.
 */
public final class ResourcePageBuilder {
    /** Shown in their own sections, not in the property table. */
    private static final Set<Node> OWN_SECTION = Set.of(RDF.type.asNode(), AG.evidence.asNode(), AG.text.asNode());

    private final Graph union;
    private final Hrefs hrefs;
    private final PrefixMapping prefixes;
    private final String dataset;

    public ResourcePageBuilder(Graph union, Hrefs hrefs, PrefixMapping prefixes, String dataset) {
        this.union = union;
        this.hrefs = hrefs;
        this.prefixes = prefixes;
        this.dataset = dataset;
    }

    public ResourcePage build(Description d, String documentPath) {
        Node r = d.resource();
        Graph g = d.graph();
        List<Link> types = g.find(r, RDF.type.asNode(), Node.ANY).mapWith(t -> link(g, t.getObject())).toList();
        types.sort(Comparator.comparing(Link::text));
        List<Row> properties = rows(d, g.find(r, Node.ANY, Node.ANY).filterDrop(t -> OWN_SECTION.contains(t.getPredicate())).toList(), false);
        List<Row> incoming = rows(d, g.find(Node.ANY, Node.ANY, r).toList(), true);
        List<Quote> quotes = d.evidence().stream().map(e -> quote(g, e)).flatMap(Optional::stream).toList();
        List<Link> formats = DocFormat.ALL.stream()
                .map(f -> new Link(f.mediaType(), documentPath + "." + f.suffix())).toList();
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "SELECT ?property ?value ?graph WHERE { GRAPH ?graph { ?resource ?property ?value } } ORDER BY ?property");
        q.setParam("resource", r);
        ArticleView article = union.contains(r, RDF.type.asNode(), AG.Article.asNode()) ? article(r) : null;
        return new ResourcePage(r.getURI(), name(g, r), types, properties, incoming, quotes, formats,
                Hrefs.queryUi(dataset, q.toString()), JsonLdScript.of(g), article);
    }

    private List<Row> rows(Description d, List<Triple> triples, boolean incoming) {
        Map<Node, List<Value>> byProperty = new LinkedHashMap<>();
        triples.stream().sorted(Comparator.comparing((Triple t) -> t.getPredicate().toString()))
                .forEach(t -> byProperty.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                        .add(value(d.graph(), incoming ? t.getSubject() : t.getObject())));
        List<Row> rows = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            values.sort(Comparator.comparing(Value::text));
            Link more = d.truncations().stream().filter(t -> t.property().equals(p) && t.incoming() == incoming)
                    .findFirst().map(t -> new Link((t.atLeast() ? "more than " : "all ") + String.format("%,d", t.total()),
                            Hrefs.sparqlGet(dataset, Truncations.query(d.resource(), t))))
                    .orElse(null);
            Link property = link(d.graph(), p);
            rows.add(new Row(incoming ? new Link("is " + property.text() + " of", property.href()) : property, values, more));
        });
        return rows;
    }

    private Value value(Graph g, Node n) {
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String note = !lang.isEmpty() ? lang : Labels.shortForm(org.apache.jena.graph.NodeFactory.createURI(n.getLiteralDatatypeURI()), prefixes);
            return new Value(n.getLiteralLexicalForm(), null, note.equals("xsd:string") ? "" : note);
        }
        if (n.isBlank())
            return new Value(Labels.shortForm(n, prefixes), null, "");
        Link l = link(g, n);
        return new Value(l.text(), l.href(), "");
    }

    private Link link(Graph g, Node n) {
        return new Link(name(g, n), n.isURI() ? hrefs.of(n.getURI()) : null);
    }

    /** A node's name from the description, else from the store (ontology terms, concepts). */
    private String name(Graph g, Node n) {
        String local = Labels.of(g, n, prefixes);
        return local.equals(Labels.shortForm(n, prefixes)) ? Labels.of(union, n, prefixes) : local;
    }

    private Optional<Quote> quote(Graph g, Node evidence) {
        Optional<Node> exact = object(g, evidence, AG.exact.asNode());
        Optional<Node> article = object(g, evidence, AG.inArticle.asNode());
        if (exact.isEmpty() || article.isEmpty())
            return Optional.empty();
        String articleHref = hrefs.of(article.get().getURI());
        return Optional.of(new Quote(exact.get().getLiteralLexicalForm(), new Link(name(g, article.get()), articleHref),
                articleHref + "#" + anchor(evidence)));
    }

    /** The article's text with every evidence span marked, and the facts each span supports. */
    private ArticleView article(Node article) {
        String text = object(union, article, AG.text.asNode()).map(Node::getLiteralLexicalForm).orElse("");
        List<ArticleText.Span> spans = new ArrayList<>();
        Map<Node, Set<Node>> passagesByFact = new LinkedHashMap<>();
        for (Triple t : union.find(Node.ANY, AG.inArticle.asNode(), article).toList()) {
            Node e = t.getSubject();
            Optional<Integer> begin = integer(e, AG.beginIndex.asNode()), end = integer(e, AG.endIndex.asNode());
            if (begin.isEmpty() || end.isEmpty())
                continue;
            List<Node> facts = union.find(Node.ANY, AG.evidence.asNode(), e).mapWith(Triple::getSubject).toList();
            facts.forEach(f -> passagesByFact.computeIfAbsent(f, x -> new LinkedHashSet<>()).add(e));
            String title = String.join(", ", facts.stream().map(f -> name(union, f)).sorted().toList());
            spans.add(new ArticleText.Span(begin.get(), end.get(), anchor(e), title));
        }
        spans.sort(Comparator.comparingInt(ArticleText.Span::begin).thenComparingInt(ArticleText.Span::end));
        List<Fact> facts = new ArrayList<>();
        passagesByFact.forEach((f, passages) -> facts.add(new Fact(link(union, f), kind(f),
                passages.stream().map(e -> new Link(passageName(e), "#" + anchor(e))).toList())));
        facts.sort(Comparator.comparing(Fact::kind).thenComparing(f -> f.fact().text()));
        return new ArticleView(ArticleText.segments(text, spans), facts);
    }

    private String kind(Node fact) {
        return union.find(fact, RDF.type.asNode(), Node.ANY).mapWith(t -> name(union, t.getObject()))
                .toList().stream().sorted().findFirst().orElse("");
    }

    private String passageName(Node evidence) {
        return integer(evidence, AG.beginIndex.asNode()).map(b -> "at " + b).orElse("passage");
    }

    private Optional<Integer> integer(Node s, Node p) {
        return object(union, s, p).filter(Node::isLiteral).map(n -> {
            try {
                return Integer.valueOf(n.getLiteralLexicalForm());
            } catch (NumberFormatException e) {
                return null;
            }
        });
    }

    /** The id of an evidence's mark on the article page: the evidence URI's last segment. */
    static String anchor(Node evidence) {
        String uri = evidence.isURI() ? evidence.getURI() : evidence.getBlankNodeLabel();
        return "ev-" + uri.substring(uri.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }
}
