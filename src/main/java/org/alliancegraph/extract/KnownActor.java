package org.alliancegraph.extract;

import java.util.List;

/**
 * An actor of the curated reference list ({@code reference/actors.ttl}).
 *
 * @param key          "{kind}/{slug}", the tail of its URI
 * @param types        ontology classes (local names in ag:)
 * @param label        preferred English label
 * @param altLabels    other names worth showing ("Zelensky")
 * @param hiddenLabels forms matched in text but not shown (misspellings, "the Alliance")
 * @param sameAs       verified Wikidata entity URIs
 * @param capitalOf    for a capital city, the key of its state (ag:capitalOf), else null
 * @param partOf       for a state body such as a parliament, the state it belongs to
 *                     ({@code schema:parentOrganization}), else null
 */
public record KnownActor(String key, Entity.Kind kind, List<String> types, String label,
                         List<String> altLabels, List<String> hiddenLabels, List<String> sameAs, String capitalOf,
                         String partOf) {

    public KnownActor(String key, Entity.Kind kind, List<String> types, String label,
                      List<String> altLabels, List<String> hiddenLabels, List<String> sameAs, String capitalOf) {
        this(key, kind, types, label, altLabels, hiddenLabels, sameAs, capitalOf, null);
    }

    public Entity toEntity() { return new Entity(key, kind, label, types, true, capitalOf, partOf); }
}
