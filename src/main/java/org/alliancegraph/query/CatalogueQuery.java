package org.alliancegraph.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.ParameterizedSparqlString;

/**
 * One documented query of the catalogue ({@code queries/NAME.rq}). Its comment header has
 * "Key: value" fields (continuation lines are indented): Title, Question, Parameters (optional)
 * and Answer — the expected shape of the result.
 */
public record CatalogueQuery(String name, String text, Map<String, String> header) {

    public String title() { return header.getOrDefault("Title", name); }

    public String question() { return header.getOrDefault("Question", ""); }

    public String answer() { return header.getOrDefault("Answer", ""); }

    /** Empty when the query runs as it is. */
    public String parameters() { return header.getOrDefault("Parameters", ""); }

    public String fileName() { return name + ".rq"; }

    /** The text ready for parameter substitution by name (setIri, setLiteral…), never by concatenation. */
    public ParameterizedSparqlString parameterized() { return new ParameterizedSparqlString(text); }

    static CatalogueQuery parse(String name, String text) {
        Map<String, String> header = new LinkedHashMap<>();
        String key = null;
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#"))
                break;
            String content = line.substring(1);
            int colon = content.indexOf(':');
            boolean continuation = content.startsWith("   ") || colon < 0;
            if (!continuation) {
                key = content.substring(0, colon).strip();
                header.put(key, content.substring(colon + 1).strip());
            } else if (key != null) {
                header.merge(key, content.strip(), (a, b) -> a + " " + b);
            }
        }
        return new CatalogueQuery(name, text, Map.copyOf(header));
    }
}
