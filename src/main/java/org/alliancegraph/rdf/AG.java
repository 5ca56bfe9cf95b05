package org.alliancegraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the AllianceGraph ontology ({@code ontology/alliancegraph.ttl}).
 * Hand-written, but {@code VocabularyTest} fails if a constant here is not declared in the ontology.
 */
public final class AG {
    public static final String NS = "https://w3id.org/alliancegraph/ontology#";

    private AG() {}

    private static Resource res(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property prop(String local) { return ResourceFactory.createProperty(NS + local); }

    // Classes
    public static final Resource Person = res("Person");
    public static final Resource Organisation = res("Organisation");
    public static final Resource Country = res("Country");
    public static final Resource NewsOutlet = res("NewsOutlet");
    public static final Resource Place = res("Place");
    public static final Resource City = res("City");
    public static final Resource Event = res("Event");
    public static final Resource Pledge = res("Pledge");
    public static final Resource MembershipPosition = res("MembershipPosition");
    public static final Resource Statement = res("Statement");
    public static final Resource Article = res("Article");
    public static final Resource Evidence = res("Evidence");
    public static final Resource MonetaryAmount = res("MonetaryAmount");
    public static final Resource Tenure = res("Tenure");
    public static final Resource LoadActivity = res("LoadActivity");

    // Entities and articles
    public static final Property capitalOf = prop("capitalOf");
    public static final Property mentionedIn = prop("mentionedIn");
    public static final Property citesSource = prop("citesSource");
    public static final Property text = prop("text");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property inferred = prop("inferred");
    public static final Property inferredProperty = prop("inferredProperty");
    public static final Property contentHash = prop("contentHash");
    public static final Property softwareVersion = prop("softwareVersion");

    // Roles, events, statements, positions
    public static final Property tenure = prop("tenure");
    public static final Property post = prop("post");
    public static final Property startDate = prop("startDate");
    public static final Property endDate = prop("endDate");
    public static final Property dateText = prop("dateText");
    public static final Property location = prop("location");
    public static final Property participant = prop("participant");
    public static final Property speaker = prop("speaker");
    public static final Property direct = prop("direct");
    public static final Property date = prop("date");
    public static final Property atEvent = prop("atEvent");
    public static final Property holder = prop("holder");
    public static final Property candidate = prop("candidate");
    public static final Property organisation = prop("organisation");
    public static final Property stance = prop("stance");
    public static final Property expressedIn = prop("expressedIn");

    // Pledges
    public static final Property donor = prop("donor");
    public static final Property recipient = prop("recipient");
    public static final Property amount = prop("amount");
    public static final Property aidType = prop("aidType");
    public static final Property status = prop("status");
    public static final Property periodStart = prop("periodStart");
    public static final Property periodEnd = prop("periodEnd");
    public static final Property items = prop("items");
    public static final Property announcedAt = prop("announcedAt");
    public static final Property approximate = prop("approximate");
    public static final Property amountText = prop("amountText");

    // Provenance of facts
    public static final Property evidence = prop("evidence");
    public static final Property inArticle = prop("inArticle");
    public static final Property beginIndex = prop("beginIndex");
    public static final Property endIndex = prop("endIndex");
    public static final Property exact = prop("exact");
    public static final Property confidence = prop("confidence");
}
