package org.alliancegraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import org.alliancegraph.rdf.AG;
import org.alliancegraph.rdf.SCHEMA;

/**
 * The curated list of known actors, kept as data in {@code reference/actors.ttl}: relative IRIs
 * such as {@code <person/mark-rutte>} resolve under {base}id/ so the list does not fix the base.
 */
public final class ReferenceCatalog {
    public static final String RESOURCE = "/reference/actors.ttl";
    /** Internal base for parsing; only the part after it (the key) is kept. */
    private static final String PARSE_BASE = "urn:x-alliancegraph:id/";

    private final Map<String, KnownActor> byKey = new LinkedHashMap<>();
    private final Map<String, KnownActor> byAlias = new HashMap<>();
    /** Person key → the state whose national posts the person holds ({@code schema:nationality}). */
    private final Map<String, String> nationalities = new HashMap<>();

    public ReferenceCatalog(Collection<KnownActor> actors) {
        for (KnownActor actor : actors) {
            if (byKey.putIfAbsent(actor.key(), actor) != null)
                throw new IllegalArgumentException("reference list: duplicate key " + actor.key());
            for (String alias : aliases(actor)) {
                KnownActor other = byAlias.putIfAbsent(normalise(alias), actor);
                if (other != null && other != actor)
                    throw new IllegalArgumentException("reference list: alias \"" + alias + "\" names both "
                            + other.key() + " and " + actor.key());
            }
        }
    }

    /** The list shipped in the jar. */
    public static ReferenceCatalog load() {
        try (InputStream in = ReferenceCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + RESOURCE);
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(PARSE_BASE).parse(model);
            return fromModel(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferenceCatalog fromModel(Model model) {
        List<KnownActor> actors = new ArrayList<>();
        model.listSubjectsWithProperty(RDFS.label).forEach(subject -> {
            if (!subject.isURIResource() || !subject.getURI().startsWith(PARSE_BASE))
                return;
            String key = subject.getURI().substring(PARSE_BASE.length());
            Entity.Kind kind = Entity.Kind.ofUriKind(key.substring(0, key.indexOf('/')));
            List<String> types = new ArrayList<>();
            subject.listProperties(RDF.type).forEach(st -> {
                String uri = st.getResource().getURI();
                if (uri.startsWith(AG.NS))
                    types.add(uri.substring(AG.NS.length()));
            });
            actors.add(new KnownActor(key, kind, types, single(subject, RDFS.label.getURI()),
                    strings(subject, SKOS.altLabel.getURI()), strings(subject, SKOS.hiddenLabel.getURI()),
                    subject.listProperties(OWL.sameAs).mapWith(Statement::getResource).mapWith(Resource::getURI).toList(),
                    capitalOf(subject), parentOrganization(subject)));
        });
        actors.sort(Comparator.comparing(KnownActor::key));
        ReferenceCatalog catalog = new ReferenceCatalog(actors);
        model.listStatements(null, model.createProperty(SCHEMA.NS + "nationality"), (RDFNode) null).forEach(st -> {
            if (st.getSubject().getURI().startsWith(PARSE_BASE) && st.getObject().isURIResource())
                catalog.nationalities.put(st.getSubject().getURI().substring(PARSE_BASE.length()),
                        st.getResource().getURI().substring(PARSE_BASE.length()));
        });
        return catalog;
    }

    private static String capitalOf(Resource subject) {
        Statement st = subject.getProperty(AG.capitalOf);
        return st == null ? null : st.getResource().getURI().substring(PARSE_BASE.length());
    }

    private static String parentOrganization(Resource subject) {
        Statement st = subject.getProperty(subject.getModel().createProperty(SCHEMA.NS + "parentOrganization"));
        return st == null ? null : st.getResource().getURI().substring(PARSE_BASE.length());
    }

    private static String single(Resource subject, String property) {
        List<String> values = strings(subject, property);
        if (values.size() != 1)
            throw new IllegalArgumentException("reference list: " + subject + " needs exactly one " + property);
        return values.get(0);
    }

    private static List<String> strings(Resource subject, String property) {
        return subject.listProperties(subject.getModel().createProperty(property))
                .mapWith(Statement::getObject).filterKeep(RDFNode::isLiteral)
                .mapWith(o -> o.asLiteral().getLexicalForm()).toList();
    }

    public Collection<KnownActor> actors() { return byKey.values(); }

    public Optional<KnownActor> byKey(String key) { return Optional.ofNullable(byKey.get(key)); }

    /** The state whose national posts a listed person holds, if the list says. */
    public Optional<String> nationality(String personKey) { return Optional.ofNullable(nationalities.get(personKey)); }

    /** Looks a name up among labels and aliases, ignoring case and curly/straight apostrophes. */
    public Optional<KnownActor> byName(String name) { return Optional.ofNullable(byAlias.get(normalise(name))); }

    /** Every form that names the actor in text: label, alt and hidden labels. */
    public static List<String> aliases(KnownActor actor) {
        List<String> all = new ArrayList<>();
        all.add(actor.label());
        all.addAll(actor.altLabels());
        all.addAll(actor.hiddenLabels());
        return all;
    }

    static String normalise(String name) {
        return name.strip().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
