package org.alliancegraph.rdf;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Mints the public URIs of CONTRACT §2 under a configurable base. Slugs are deterministic, so
 * loading the same articles again mints the same URIs.
 */
public final class UriScheme {
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public UriScheme(String base) {
        if (base == null || base.isBlank())
            throw new IllegalArgumentException("base URI is empty");
        if (!base.startsWith("http://") && !base.startsWith("https://"))
            throw new IllegalArgumentException("base URI must be http(s): " + base);
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static UriScheme defaults() { return new UriScheme(DEFAULT_BASE); }

    public String base() { return base; }

    /** {base}id/ — the root that relative IRIs in the reference data resolve against. */
    public String idBase() { return base + "id/"; }

    public String entity(String kind, String slug) { return idBase() + kind + "/" + slug; }

    public String article(String slug) { return entity("article", slug); }

    public String articleGraph(String slug) { return base + "graph/article/" + slug; }

    public String articleGraphPrefix() { return base + "graph/article/"; }

    public String referenceGraph() { return base + "graph/reference"; }

    public String ontologyGraph() { return base + "graph/ontology"; }

    /**
     * A URI-safe, lower-case slug: accents folded, runs of other characters collapsed to '-'.
     * Underscores survive so article file names stay recognisable ("001_f6d04f62d38808dd").
     */
    public static String slug(String text) {
        String folded = Normalizer.normalize(foldLetters(text), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 80)
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /** Letters that carry no combining mark to strip ("Søren" → "Soren", "Łukasz" → "Lukasz"). */
    private static String foldLetters(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray())
            sb.append(switch (c) {
                case 'ø' -> "o"; case 'Ø' -> "O"; case 'æ' -> "ae"; case 'Æ' -> "AE"; case 'œ' -> "oe"; case 'Œ' -> "OE";
                case 'ß' -> "ss"; case 'ł' -> "l"; case 'Ł' -> "L"; case 'đ' -> "d"; case 'Đ' -> "D"; case 'ð' -> "d";
                case 'Ð' -> "D"; case 'þ' -> "th"; case 'Þ' -> "Th"; case 'ı' -> "i";
                default -> String.valueOf(c);
            });
        return sb.toString();
    }
}
