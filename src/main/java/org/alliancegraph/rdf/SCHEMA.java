package org.alliancegraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms we write, in the {@code http://schema.org/} namespace that CONTRACT §3
 * fixes (Jena's own SchemaDO constants use https, which would be different IRIs).
 */
public final class SCHEMA {
    public static final String NS = "http://schema.org/";
    public static final Property datePublished = ResourceFactory.createProperty(NS + "datePublished");
    public static final Property publisher = ResourceFactory.createProperty(NS + "publisher");
    public static final Property author = ResourceFactory.createProperty(NS + "author");
    public static final Property url = ResourceFactory.createProperty(NS + "url");
    public static final Property value = ResourceFactory.createProperty(NS + "value");
    public static final Property currency = ResourceFactory.createProperty(NS + "currency");

    private SCHEMA() {}
}
