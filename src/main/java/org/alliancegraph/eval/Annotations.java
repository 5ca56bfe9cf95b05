package org.alliancegraph.eval;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import org.alliancegraph.extract.Document;
import org.alliancegraph.extract.Entity;
import org.alliancegraph.extract.Facts;

/**
 * The facts of one article in a form both sides share: read from a gold file
 * ({@code src/test/resources/gold/{slug}.json}, see its GUIDELINES.md) or taken from an annotated
 * {@link Document}. Entity references are entity keys ("person/mark-rutte").
 */
public record Annotations(List<EntityRef> entities, List<Role> roles, List<Event> events, List<Pledge> pledges,
                          List<Position> positions, List<Statement> statements) {

    public record EntityRef(String key) {}

    public record Role(String person, String post, String organisation, LocalDate since) {}

    public record Event(String type, LocalDate start, LocalDate end, String location) {}

    public record Pledge(String donor, String recipient, BigDecimal value, String currency, String aidType, String status) {}

    public record Position(String holder, String candidate, String organisation, String stance) {}

    public record Statement(String speaker, boolean direct, String text) {}

    /** Reads a gold file. */
    public static Annotations readGold(Path file) {
        JsonObject o = JSON.read(file.toString());
        List<EntityRef> entities = new ArrayList<>();
        array(o, "entities").forEach(v -> entities.add(new EntityRef(str(v, "key"))));
        List<Role> roles = new ArrayList<>();
        array(o, "roles").forEach(v -> roles.add(new Role(str(v, "person"), normalisePost(str(v, "post")),
                str(v, "organisation"), date(v, "since"))));
        List<Event> events = new ArrayList<>();
        array(o, "events").forEach(v -> events.add(new Event(str(v, "type"), date(v, "start"), date(v, "end"), str(v, "location"))));
        List<Pledge> pledges = new ArrayList<>();
        array(o, "pledges").forEach(v -> pledges.add(new Pledge(str(v, "donor"), str(v, "recipient"), number(v, "value"),
                str(v, "currency"), str(v, "aidType"), str(v, "status"))));
        List<Position> positions = new ArrayList<>();
        array(o, "positions").forEach(v -> positions.add(new Position(str(v, "holder"), str(v, "candidate"),
                str(v, "organisation"), str(v, "stance"))));
        List<Statement> statements = new ArrayList<>();
        array(o, "statements").forEach(v -> statements.add(new Statement(str(v, "speaker"),
                v.getAsObject().get("direct").getAsBoolean().value(), str(v, "text"))));
        return new Annotations(entities, roles, events, pledges, positions, statements);
    }

    /** What the pipeline found in a document. */
    public static Annotations of(Document d) {
        List<EntityRef> entities = d.entities().values().stream().map(Entity::key).map(EntityRef::new).toList();
        List<Role> roles = d.roles().stream().map(r -> new Role(r.personKey(), normalisePost(r.post()), r.organisationKey(), r.since())).toList();
        // GUIDELINES §5: start and end are day-precise dates only; an event known to the month or season has none.
        List<Event> events = d.events().stream().map(e -> e.dayPrecise() ? new Event(e.type().name(), e.start(), e.end(), e.locationKey())
                : new Event(e.type().name(), null, null, e.locationKey())).toList();
        List<Pledge> pledges = d.pledges().stream().map(p -> new Pledge(p.donorKey(), p.recipientKey(),
                p.amount() == null ? null : p.amount().value(), p.amount() == null ? null : p.amount().currency(),
                p.aidType() == null ? null : p.aidType().name(), p.status().name())).toList();
        List<Position> positions = new ArrayList<>();
        for (Facts.Position p : d.positions())
            for (String holder : p.holderKeys())
                positions.add(new Position(holder, p.candidateKey(), p.organisationKey(), p.stance().name()));
        List<Statement> statements = d.statements().stream()
                .map(s -> new Statement(s.speakerKey(), s.direct(), d.text(s.words()))).toList();
        return new Annotations(entities, roles, events, pledges, positions, statements);
    }

    static String normalisePost(String post) {
        return post == null ? null : post.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    private static List<JsonValue> array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull())
            return List.of();
        JsonArray a = v.getAsArray();
        return new ArrayList<>(a);
    }

    private static String str(JsonValue v, String key) {
        JsonValue x = v.getAsObject().get(key);
        return x == null || x.isNull() ? null : x.getAsString().value();
    }

    private static LocalDate date(JsonValue v, String key) {
        String s = str(v, key);
        return s == null ? null : LocalDate.parse(s);
    }

    private static BigDecimal number(JsonValue v, String key) {
        JsonValue x = v.getAsObject().get(key);
        return x == null || x.isNull() ? null : new BigDecimal(x.getAsNumber().value().toString());
    }
}
