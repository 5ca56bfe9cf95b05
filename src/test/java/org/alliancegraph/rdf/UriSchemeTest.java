package org.alliancegraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UriSchemeTest {
    @Test
    void urisFollowTheContract() {
        UriScheme u = new UriScheme("https://kg.example.org/ag");
        assertEquals("https://kg.example.org/ag/id/person/mark-rutte", u.entity("person", "mark-rutte"));
        assertEquals("https://kg.example.org/ag/graph/article/001_abc", u.articleGraph("001_abc"));
        assertEquals("https://kg.example.org/ag/graph/reference", u.referenceGraph());
        assertEquals("https://kg.example.org/ag/graph/ontology", u.ontologyGraph());
    }

    @Test
    void slugsAreDeterministicAndSafe() {
        assertEquals("volodymyr-zelenskyy", UriScheme.slug("Volodymyr Zelenskyy"));
        assertEquals("turkiye", UriScheme.slug("Türkiye"));
        // letters without a combining mark to strip are folded too
        assertEquals("soren-kjaer-lukasz-strauss", UriScheme.slug("Søren Kjær Łukasz Strauß"));
        assertEquals("washington-d-c", UriScheme.slug("Washington, D.C."));
        assertEquals("001_f6d04f62d38808dd", UriScheme.slug("001_f6d04f62d38808dd"));
        assertEquals("x", UriScheme.slug("«»"));
        assertEquals(80, UriScheme.slug("a".repeat(200)).length());
    }

    @Test
    void baseMustBeHttp() {
        assertThrows(IllegalArgumentException.class, () -> new UriScheme("file:///tmp/"));
    }
}
