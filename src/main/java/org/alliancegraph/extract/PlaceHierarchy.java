package org.alliancegraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

import org.alliancegraph.rdf.AG;
import org.alliancegraph.rdf.SCHEMA;

/**
 * Which place lies in which, from {@code schema:containedInPlace} in the reference list
 * ({@code <place/nato-headquarters> schema:containedInPlace <place/brussels>}): an event "at the
 * NATO Headquarters" is an event in Brussels, so articles naming either give it the same key.
 */
final class PlaceHierarchy {
    private static final String PARSE_BASE = "urn:x-alliancegraph:id/";

    private final Map<String, String> parent;
    private final Set<String> cities;

    PlaceHierarchy(Map<String, String> parent, Set<String> cities) {
        this.parent = Map.copyOf(parent);
        this.cities = Set.copyOf(cities);
    }

    /** The hierarchy of the reference list shipped in the jar. */
    static PlaceHierarchy load() {
        try (InputStream in = PlaceHierarchy.class.getResourceAsStream(ReferenceCatalog.RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + ReferenceCatalog.RESOURCE);
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(PARSE_BASE).parse(model);
            Map<String, String> parent = new HashMap<>();
            model.listStatements(null, model.createProperty(SCHEMA.NS + "containedInPlace"), (org.apache.jena.rdf.model.RDFNode) null)
                    .forEach(st -> parent.put(key(st.getSubject().getURI()), key(st.getResource().getURI())));
            Set<String> cities = new HashSet<>();
            model.listSubjectsWithProperty(RDF.type, AG.City).forEach(r -> cities.add(key(r.getURI())));
            return new PlaceHierarchy(parent, cities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String uri) {
        return uri.startsWith(PARSE_BASE) ? uri.substring(PARSE_BASE.length()) : uri;
    }

    /** The city a place is in (itself for a city); the outermost known place when no city is listed. */
    String city(String placeKey) {
        String current = placeKey;
        Set<String> seen = new HashSet<>();
        while (!cities.contains(current) && parent.containsKey(current) && seen.add(current))
            current = parent.get(current);
        return current;
    }

    /** Whether {@code inner} lies (directly or not) in {@code outer}. */
    boolean within(String inner, String outer) {
        Set<String> seen = new HashSet<>();
        for (String p = parent.get(inner); p != null && seen.add(p); p = parent.get(p))
            if (p.equals(outer))
                return true;
        return false;
    }
}
