package org.alliancegraph.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state or union a government body gives or receives aid for (GUIDELINES §6: donors are states and
 * organisations, not their cabinets, parliaments or commissions). The reference list says it for the bodies it
 * knows ({@code schema:parentOrganization}: "the Storting" is Norway's); for a body found by its name alone:
 * <ul>
 * <li>a demonym in the name: "the Swiss Federal Council" → Switzerland, "the Danish Cabinet" → Denmark;</li>
 * <li>"European" for the union's institutions: "the European Commission" → the European Union;</li>
 * <li>a state after "of" ending the name: "the Parliament of Georgia" → Georgia;</li>
 * <li>a state's possessive before it: "Romania's Supreme Council of National Defence" → Romania;</li>
 * <li>a capital the sentence puts it in: "In Sofia, the National Assembly voted …" → Bulgaria.</li>
 * </ul>
 * Only a state or union the article names itself is taken; otherwise the body stays the actor.
 */
final class ActingFor {
    /** The last word of a body of government: what a "National Assembly" or a "Federal Council" is. */
    private static final Pattern BODY = Pattern.compile("\\b(?:Council|Commission|Assembly|Parliament|Cabinet|Government|Senate"
            + "|Chamber|Congress|Ministry|Chancellery|Presidency|Treasury|Diet)\\b");
    /** A capital that places the body: "In Sofia, the National Assembly", "the National Assembly in Sofia". */
    private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(?:in|at)\\s+$");
    private static final String UNION = "organisation/european-union";
    private static final Titles TITLES = Titles.standard();

    private ActingFor() {}

    /** The state or union {@code body} acts for in its sentence, if it is a body of government and the article names it. */
    static Optional<String> stateOf(Document d, Mention body) {
        Entity e = d.entity(body.entityKey()).orElseThrow();
        if (e.kind() != Entity.Kind.ORGANISATION || !BODY.matcher(e.label()).find())
            return Optional.empty();
        return named(d, inName(d, e.label())).or(() -> ownedBy(d, body)).or(() -> named(d, placedIn(d, body)));
    }

    private static final Pattern POSSESSIVE_GAP = Pattern.compile("[’']s\\s+(?:the\\s+)?$");

    /** "Romania's Supreme Council of National Defence": the state whose possessive stands before the body's name. */
    private static Optional<String> ownedBy(Document d, Mention body) {
        String text = d.text();
        for (Mention m : d.mentionsIn(new Span(Math.max(0, body.span().begin() - 40), body.span().begin())))
            if (d.entity(m.entityKey()).map(c -> c.kind() == Entity.Kind.COUNTRY).orElse(false)
                    && POSSESSIVE_GAP.matcher(text.substring(m.span().end(), body.span().begin())).matches())
                return Optional.of(m.entityKey());
        return Optional.empty();
    }

    /** A pot of money or a scheme that passes aid on: "the Ukraine Energy Support Fund", "the International Fund for Ukraine". */
    private static final Pattern FUND = Pattern.compile("\\b(?:Fund|Facility|Coalition|Mechanism|Trust|Programme|Program)\\b");

    /** An organisation named as a fund or scheme ({@link #FUND}). */
    static boolean isFund(Document d, Mention m) {
        Entity e = d.entity(m.entityKey()).orElseThrow();
        return e.kind() == Entity.Kind.ORGANISATION && FUND.matcher(e.label()).find();
    }

    /**
     * Money paid into a fund for a country goes to that country ("€25m into the Ukraine Energy Support Fund": Ukraine).
     * Empty for a fund whose name names no state of the article: the recipient is then the article's.
     */
    static Optional<String> beneficiaryOf(Document d, Mention fund) {
        String label = " " + d.entity(fund.entityKey()).orElseThrow().label().toLowerCase(Locale.ROOT) + " ";
        return d.entities().values().stream()
                .filter(c -> c.kind() == Entity.Kind.COUNTRY && label.contains(" " + c.label().toLowerCase(Locale.ROOT) + " "))
                .map(Entity::key).findFirst();
    }

    private static Optional<String> inName(Document d, String label) {
        for (String word : label.split("[\\s-]+")) {
            if (word.equals("European"))
                return Optional.of(UNION);
            Optional<String> country = TITLES.countryOf(word);
            if (country.isPresent())
                return country;
        }
        int of = label.lastIndexOf(" of ");
        if (of < 0)
            return Optional.empty();
        String tail = label.substring(of + 4).replaceFirst("^the\\s+", "").toLowerCase(Locale.ROOT);
        return d.entities().values().stream().filter(c -> c.kind() == Entity.Kind.COUNTRY && c.label().toLowerCase(Locale.ROOT).equals(tail))
                .map(Entity::key).findFirst();
    }

    /** The state of a capital named after "in"/"at" in the body's sentence. */
    private static Optional<String> placedIn(Document d, Mention body) {
        Optional<Sentence> sentence = d.sentenceAt(body.span().begin());
        if (sentence.isEmpty())
            return Optional.empty();
        String text = d.text();
        for (Mention m : d.mentionsIn(sentence.get().span())) {
            Entity place = d.entity(m.entityKey()).orElseThrow();
            Matcher before = LOCATIVE.matcher(text).region(Math.max(sentence.get().span().begin(), m.span().begin() - 10), m.span().begin());
            if (place.kind() == Entity.Kind.PLACE && place.standsFor() != null && before.find())
                return Optional.of(place.standsFor());
        }
        return Optional.empty();
    }

    private static Optional<String> named(Document d, Optional<String> key) {
        return key.filter(k -> d.entity(k).isPresent());
    }
}
