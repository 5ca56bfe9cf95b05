package org.alliancegraph.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import org.alliancegraph.rdf.AG;
import org.alliancegraph.server.linkeddata.ResourcePage.Link;

/**
 * The model of the ontology's HTML documentation (in the manner of pyLODE and Widoco): one
 * section per kind of term, one entry per term of the {@code ag:} namespace with an anchor named
 * by its local name, so {@code …/ontology#Pledge} lands on the entry of {@code ag:Pledge}.
 */
public record OntologyPage(String iri, String title, String description, String version, Link license,
        List<Section> sections, String jsonLd) {

    public record Section(String id, String title, List<Term> terms) {}

    /** One term; lists hold links (to "#Local" for our terms, to the IRI for others). */
    public record Term(String id, String iri, String label, String comment, List<Link> types, List<Link> superTerms,
            List<Link> subTerms, List<Link> domains, List<Link> ranges, List<Link> inverse, List<Link> broader,
            List<Link> narrower, List<Link> schemes, List<Link> alignments) {}

    private record Kind(String id, String title, Node type) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("classes", "Classes", OWL2.Class.asNode()),
            new Kind("object-properties", "Object properties", OWL2.ObjectProperty.asNode()),
            new Kind("datatype-properties", "Datatype properties", OWL2.DatatypeProperty.asNode()),
            new Kind("annotation-properties", "Annotation properties", OWL2.AnnotationProperty.asNode()),
            new Kind("concept-schemes", "Concept schemes", SKOS.ConceptScheme.asNode()),
            new Kind("concepts", "Concepts", SKOS.Concept.asNode()));

    static OntologyPage of(Graph o, PrefixMapping prefixes) {
        Builder b = new Builder(o, prefixes);
        Node onto = NodeFactory.createURI(AG.NS.substring(0, AG.NS.length() - 1));
        List<Section> sections = new ArrayList<>();
        for (Kind k : KINDS) {
            List<Term> terms = o.find(Node.ANY, RDF.type.asNode(), k.type()).mapWith(Triple::getSubject)
                    .filterKeep(s -> s.isURI() && s.getURI().startsWith(AG.NS)).toList().stream().distinct()
                    .map(b::term).sorted(Comparator.comparing(Term::label, String.CASE_INSENSITIVE_ORDER)).toList();
            if (!terms.isEmpty())
                sections.add(new Section(k.id(), k.title(), terms));
        }
        return new OntologyPage(onto.getURI(), b.text(onto, DCTerms.title.asNode()).orElse("AllianceGraph ontology"),
                b.text(onto, DCTerms.description.asNode()).orElse(""), b.text(onto, OWL2.versionInfo.asNode()).orElse(""),
                b.links(onto, DCTerms.license.asNode()).stream().findFirst().orElse(null), sections, JsonLdScript.of(o));
    }

    private record Builder(Graph o, PrefixMapping prefixes) {
        Term term(Node t) {
            String local = t.getURI().substring(AG.NS.length());
            return new Term(local, t.getURI(), Labels.of(o, t, prefixes),
                    text(t, RDFS.comment.asNode()).or(() -> text(t, SKOS.definition.asNode())).orElse(""),
                    links(t, RDF.type.asNode()),
                    concat(links(t, RDFS.subClassOf.asNode()), links(t, RDFS.subPropertyOf.asNode())),
                    concat(subjects(RDFS.subClassOf.asNode(), t), subjects(RDFS.subPropertyOf.asNode(), t)),
                    links(t, RDFS.domain.asNode()), links(t, RDFS.range.asNode()), links(t, OWL2.inverseOf.asNode()),
                    links(t, SKOS.broader.asNode()), concat(links(t, SKOS.narrower.asNode()), subjects(SKOS.broader.asNode(), t)),
                    concat(links(t, SKOS.inScheme.asNode()), links(t, SKOS.topConceptOf.asNode())),
                    concat(concat(links(t, OWL2.equivalentClass.asNode()), links(t, OWL2.equivalentProperty.asNode())),
                            concat(concat(links(t, SKOS.exactMatch.asNode()), links(t, SKOS.closeMatch.asNode())),
                                    links(t, RDFS.seeAlso.asNode()))));
        }

        Optional<String> text(Node s, Node p) {
            return Labels.preferred(o, s, p).map(l -> l.value().getLiteralLexicalForm());
        }

        List<Link> links(Node s, Node p) {
            return o.find(s, p, Node.ANY).mapWith(tr -> link(tr.getObject())).toList().stream().distinct()
                    .sorted(Comparator.comparing(Link::text)).toList();
        }

        List<Link> subjects(Node p, Node object) {
            return o.find(Node.ANY, p, object).mapWith(tr -> link(tr.getSubject())).toList().stream().distinct()
                    .sorted(Comparator.comparing(Link::text)).toList();
        }

        /** Our terms link to their anchor; external terms to their IRI; a class union reads "A or B". */
        Link link(Node n) {
            if (n.isURI())
                return new Link(n.getURI().startsWith(AG.NS) ? Labels.of(o, n, prefixes) : Labels.shortForm(n, prefixes),
                        n.getURI().startsWith(AG.NS) ? "#" + n.getURI().substring(AG.NS.length()) : n.getURI());
            Optional<Node> union = o.find(n, OWL2.unionOf.asNode(), Node.ANY).nextOptional().map(Triple::getObject);
            if (union.isPresent())
                return new Link(String.join(" or ", members(union.get()).stream().map(m -> link(m).text()).toList()), null);
            return new Link(n.isLiteral() ? n.getLiteralLexicalForm() : "(class expression)", null);
        }

        List<Node> members(Node list) {
            List<Node> out = new ArrayList<>();
            for (Node cell = list; cell != null && !cell.equals(RDF.nil.asNode()) && out.size() < 100; ) {
                Node c = cell;
                o.find(c, RDF.first.asNode(), Node.ANY).nextOptional().ifPresent(t -> out.add(t.getObject()));
                cell = o.find(c, RDF.rest.asNode(), Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
            }
            return out;
        }

        static List<Link> concat(List<Link> a, List<Link> b) {
            List<Link> all = new ArrayList<>(a);
            b.stream().filter(l -> !all.contains(l)).forEach(all::add);
            return all;
        }
    }
}
