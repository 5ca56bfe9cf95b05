package org.alliancegraph.server.linkeddata;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/**
 * The representations a document can have: four RDF syntaxes and HTML. Each has one file suffix,
 * the media types it answers to (the first is the one sent) and the names {@code ?format=} accepts.
 */
public enum DocFormat {
    // Order matters: for a bare */* Jena's AcceptList picks the first offer, and Turtle is the default.
    TURTLE("ttl", RDFFormat.TURTLE_PRETTY, List.of(WebContent.contentTypeTurtle, "application/x-turtle"),
            List.of("ttl", "turtle")),
    RDFXML("rdf", RDFFormat.RDFXML_PRETTY, List.of(WebContent.contentTypeRDFXML), List.of("rdf", "rdfxml", "xml")),
    JSONLD("jsonld", RDFFormat.JSONLD11, List.of(WebContent.contentTypeJSONLD, WebContent.contentTypeJSON),
            List.of("jsonld", "json-ld", "json")),
    NTRIPLES("nt", RDFFormat.NTRIPLES, List.of(WebContent.contentTypeNTriples, WebContent.contentTypeTextPlain),
            List.of("nt", "ntriples", "n-triples")),
    HTML("html", null, List.of(WebContent.contentTypeHTML, "application/xhtml+xml"), List.of("html"));

    public static final Set<DocFormat> RDF = EnumSet.of(TURTLE, RDFXML, JSONLD, NTRIPLES);
    public static final Set<DocFormat> ALL = EnumSet.allOf(DocFormat.class);

    private final String suffix;
    private final RDFFormat rdfFormat;
    private final List<String> mediaTypes;
    private final List<String> names;

    DocFormat(String suffix, RDFFormat rdfFormat, List<String> mediaTypes, List<String> names) {
        this.suffix = suffix;
        this.rdfFormat = rdfFormat;
        this.mediaTypes = mediaTypes;
        this.names = names;
    }

    public String suffix() { return suffix; }

    /** The RIOT format that writes this representation; null for HTML. */
    public RDFFormat rdfFormat() { return rdfFormat; }

    public String mediaType() { return mediaTypes.get(0); }

    public boolean isRdf() { return rdfFormat != null; }

    public static Optional<DocFormat> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }

    /** A {@code ?format=} value: a short name ("ttl", "json-ld"…) or a media type. */
    public static Optional<DocFormat> byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(n) || f.mediaTypes.contains(n)).findFirst();
    }

    /**
     * The best of {@code offered} for an Accept header (q-values honoured, by Jena's conneg);
     * empty when nothing offered is acceptable. No header at all means Turtle (or the first offer).
     */
    public static Optional<DocFormat> negotiate(String accept, Set<DocFormat> offered) {
        List<DocFormat> order = Arrays.stream(values()).filter(offered::contains).toList();
        if (accept == null || accept.isBlank())
            return order.stream().findFirst();
        AcceptList offer = AcceptList.create(order.stream().flatMap(f -> f.mediaTypes.stream()).toArray(String[]::new));
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), offer);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        if (chosen == null)
            return Optional.empty();
        String type = chosen.getContentTypeStr();
        return order.stream().filter(f -> f.mediaTypes.contains(type)).findFirst();
    }

    /** The media types of {@code offered}, for a 406 answer. */
    public static String listOf(Set<DocFormat> offered) {
        return Arrays.stream(values()).filter(offered::contains)
                .flatMap(f -> f.mediaTypes.stream()).collect(Collectors.joining(", "));
    }
}
