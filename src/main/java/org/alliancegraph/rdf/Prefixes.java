package org.alliancegraph.rdf;

import java.util.LinkedHashMap;
import java.util.Map;


/** Prefixes for readable output. */
public final class Prefixes {
    private Prefixes() {}

    public static Map<String, String> standard(UriScheme uris) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("ag", AG.NS);
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("schema", SCHEMA.NS);
        p.put("dcterms", "http://purl.org/dc/terms/");
        p.put("org", "http://www.w3.org/ns/org#");
        p.put("prov", PROV.NS);
        p.put("wd", "http://www.wikidata.org/entity/");
        for (String kind : new String[] {"person", "organisation", "country", "place", "article", "evidence"})
            p.put(kind, uris.idBase() + kind + "/");
        return p;
    }
}
