package org.alliancegraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms we write (Jena ships constants for RDFS, OWL, SKOS, DCTerms, ORG and schema.org, not PROV). */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
    public static final Property used = ResourceFactory.createProperty(NS + "used");

    private PROV() {}
}
