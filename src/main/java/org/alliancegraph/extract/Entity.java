package org.alliancegraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An entity met in a document. The key is "{kind}/{slug}" (e.g. "person/mark-rutte"), the tail of
 * its URI under {base}id/, so the same actor in two articles is the same resource.
 */
public final class Entity {
    public enum Kind {
        PERSON("person"), ORGANISATION("organisation"), COUNTRY("country"), PLACE("place");

        public final String uriKind;

        Kind(String uriKind) { this.uriKind = uriKind; }

        public static Kind ofUriKind(String s) {
            for (Kind k : values())
                if (k.uriKind.equals(s))
                    return k;
            throw new IllegalArgumentException("unknown entity kind: " + s);
        }
    }

    private final String key;
    private final Kind kind;
    private final String label;
    /** Ontology classes (local names in ag:), most specific first, e.g. [Country]. */
    private final List<String> types;
    private final boolean known;
    private final String standsFor;
    private final String partOf;
    private final Set<String> surfaces = new LinkedHashSet<>();

    public Entity(String key, Kind kind, String label, List<String> types, boolean known) {
        this(key, kind, label, types, known, null);
    }

    /** @param standsFor for a capital, the key of the state it stands for as an actor ("support Kyiv") */
    public Entity(String key, Kind kind, String label, List<String> types, boolean known, String standsFor) {
        this(key, kind, label, types, known, standsFor, null);
    }

    /** @param partOf for a state body ("the Storting"), the state it belongs to */
    public Entity(String key, Kind kind, String label, List<String> types, boolean known, String standsFor, String partOf) {
        this.partOf = partOf;
        this.key = key;
        this.kind = kind;
        this.label = label;
        this.types = List.copyOf(types);
        this.known = known;
        this.standsFor = standsFor;
    }

    public String key() { return key; }

    public Kind kind() { return kind; }

    /** The preferred (English) label. */
    public String label() { return label; }

    public List<String> types() { return types; }

    /** True for actors of the curated reference list. */
    public boolean known() { return known; }

    /** The state a capital stands for when it acts ("NATO supports Kyiv"), or null. */
    public String standsFor() { return standsFor; }

    /** The state a state body belongs to ("the Storting approved aid": Norway gives), or null. */
    public String partOf() { return partOf; }

    /** Every surface form met in the text, in order of first appearance. */
    public Set<String> surfaces() { return surfaces; }
}
