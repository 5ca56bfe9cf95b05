package org.alliancegraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who gives and who receives in a sentence of aid ({@link PledgeAnnotator}): actors are countries,
 * organisations and capitals standing for their state; an actor named as a place ("in Ukraine",
 * "at NATO") is neither. The recipient is the object of a giving verb or the subject of a receiving
 * one, else the actor after "to", "for" or "support"; the donor the actor after "from", else the
 * nearest before the aid, else the actor after "by", a minister's country or a demonym's government.
 */
final class PledgeParties {
    private static final Pattern RECIPIENT_CUE = Pattern.compile("(?:\\bto|\\bfor|\\bsupport|\\binto)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** A giving verb right before an actor makes it the recipient: "send Ukraine $988 million", "provide Kyiv with". */
    private static final Pattern GIVE_BEFORE = Pattern.compile("(?i)\\b(?:provid(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|send(?:s|ing)?|sent"
            + "|lend(?:s|ing)?|lent|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?|award(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)"
            + "|suppl(?:y|ies|ied|ying)|equip(?:s|ped|ping)?|given|gift(?:s|ed|ing)?|pa(?:y|ys|id|ying)|hand(?:s|ed|ing)?)"
            + "\\s+(?:the\\s+)?$");
    /** The subject of a receiving verb is the recipient: "Moldova will get €30 million from Romania". */
    private static final Pattern RECEIVES_AFTER = Pattern.compile("(?i)^\\s+(?:\\w+\\s+){0,2}?(?:receiv\\w*|gets?|got|getting|obtain\\w*)\\b");
    /** "Norway and Denmark each pledged …": every donor of the list gives the amount. */
    private static final Pattern EACH = Pattern.compile("(?i)^\\s*(?:each|both|have each|each have|will each|each will"
            // "Germany and France will jointly provide €500m": a pledge of each partner (the schema has one donor a pledge)
            + "|(?:will|would|have|has|are|also)?\\s*(?:jointly|together)|(?:will|would)\\s+(?:provide|give|contribute|send)\\s+a\\s+combined)\\b");
    /** "the $50 billion loan that Group of Seven leaders agreed", "the €40bn package which allies pledged": the agent after "that". */
    private static final Pattern AGREED_BY = Pattern.compile("(?i)\\s+(?:[\\w-]+\\s+){0,3}?(?:that|which)\\s+(?:the\\s+)?");
    private static final Pattern AGREEING = Pattern.compile("(?i)(?:\\s+(?:leaders|ministers|governments|members|allies))?\\s+(?:have\\s+|had\\s+)?"
            + "(?:agreed|pledged|promised|approved|announced|committed|offered|granted)\\b");
    /** Passive: "€200m was pledged by Norway". */
    private static final Pattern BY_CUE = Pattern.compile("(?i)\\bby\\s+(?:the\\s+)?$");
    /** An actor that reports: "the European Commission said on Wednesday, …". */
    private static final Pattern SPEAKS_AFTER = Pattern.compile("(?i)\\s+(?:\\w+\\s+)?(?:said|says|told|reported|confirmed|stated)\\b");
    private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");
    static final Pattern LIST_GLUE = Pattern.compile("(?i)(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+)(?:the\\s+)?");
    private static final Pattern FROM_CUE = Pattern.compile("\\bfrom\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    static final Pattern ALLIES = Pattern.compile("\\b(?:[Aa]llies|member (?:states|nations|countries))\\b");
    /** "The Dutch government announced …", "the Norwegian defence minister": a government named by its demonym is its country. */
    private static final Pattern DEMONYM_GOVERNMENT = Pattern.compile("\\b(\\p{Lu}\\p{L}+)(?=\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?i:government|authorities|cabinet|ministry|minister|prime minister|president|chancellor|parliament|legislature|senate)\\b)"
            + "|\\b[Tt]he\\s+(\\p{Lu}\\p{L}+)(?=\\s+(?:will|would|have|has|had|are|plan|pledg|promis|announc|sent|deliver|gave))");
    /** A capital after these is where something happens, not a state acting: "agreed in Washington". */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|near)\\s+$");
    /** "under the", "through the", "via": before the framework money passes through. */
    private static final Pattern INSTRUMENT_BEFORE = Pattern.compile("(?i)\\b(?:under|through|via)\\s+(?:the\\s+)?$");
    private static final Titles TITLES = Titles.standard();

    private PledgeParties() {}
    /** The country the article's aid goes to, else its most-mentioned country; never the donor. */
    static Optional<String> fallbackRecipient(Document d, String donor, List<String> aidRecipients) {
        return aidRecipients.stream().filter(r -> !r.equals(donor)).findFirst()
                .or(() -> mostMentioned(d, e -> e.kind() == Entity.Kind.COUNTRY && !e.key().equals(donor)));
    }
    /**
     * Countries the article names as receiving ("promised Ukraine more air defence", "aid to Moldova"),
     * most often named first: who an amount goes to when its own sentence does not say.
     */
    static List<String> aidRecipients(Document d) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Sentence sentence : d.sentences()) {
            if (sentence.zone() != Zone.Kind.BODY || !PledgeAnnotator.PLEDGE_CUE.matcher(d.text(sentence.span())).find())
                continue;
            List<Mention> actors = d.mentionsIn(sentence.span()).stream().filter(m -> isActor(d, m) && !isVenue(d, m)).toList();
            for (Mention m : actors)
                if (isCountry(d, actorKey(d, m)) && receives(d, sentence, m))
                    counts.merge(actorKey(d, m), 1, Integer::sum);
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }
    static boolean isCountry(Document d, String key) {
        return d.entity(key).map(e -> e.kind() == Entity.Kind.COUNTRY).orElse(false);
    }
    static Optional<String> demonymGovernment(Document d, Sentence sentence) {
        Matcher m = DEMONYM_GOVERNMENT.matcher(d.text(sentence.span()));
        while (m.find()) {
            Optional<String> country = TITLES.countryOf(m.group(1) != null ? m.group(1) : m.group(2));
            if (country.isPresent())
                return country;
        }
        return Optional.empty();
    }
    static boolean isActor(Document d, Mention m) {
        Entity e = d.entity(m.entityKey()).orElseThrow();
        return (e.kind() == Entity.Kind.COUNTRY || e.kind() == Entity.Kind.ORGANISATION || capitalOf(d, e).isPresent())
                && !e.types().contains("NewsOutlet") && !isInstrument(d, m);
    }
    /** "paid under the Ukraine Facility", "channelled through the fund": the framework money passes through, not a party. */
    private static boolean isInstrument(Document d, Mention m) {
        return INSTRUMENT_BEFORE.matcher(d.text().substring(Math.max(0, m.span().begin() - 16), m.span().begin())).find();
    }
    /** An actor named as a place: "agreed in Washington on Friday", "the production of howitzers in Ukraine". */
    static boolean isVenue(Document d, Mention m) {
        return LOCATIVE_BEFORE.matcher(d.text().substring(Math.max(0, m.span().begin() - 10), m.span().begin())).find();
    }
    /** A city that stands for a state when it gives or receives ("support Kyiv"). */
    static Optional<String> capitalOf(Document d, Entity e) {
        return e.kind() == Entity.Kind.PLACE ? Optional.ofNullable(e.standsFor()) : Optional.empty();
    }
    /**
     * The state a capital stands for or a state body belongs to ("the Storting approved …": Norway; "the Swiss Federal
     * Council": Switzerland, {@link ActingFor}), else the actor.
     */
    static String actorKey(Document d, Mention m) {
        Entity e = d.entity(m.entityKey()).orElseThrow();
        if (e.partOf() != null)
            return e.partOf();
        return capitalOf(d, e).or(() -> ActingFor.stateOf(d, m)).orElse(e.key());
    }
    /**
     * The actor a giving verb takes as its object ("send Ukraine …"), else the one after "to", "for" or
     * "support" nearest the amount; never one after "from".
     */
    static Optional<String> recipient(Document d, Sentence sentence, Span at, List<Mention> actors) {
        String text = d.text();
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : actors) {
            if (ActingFor.isFund(d, m)) { // "pay €25m into the Ukraine Energy Support Fund": the country it is for
                Optional<String> beneficiary = receives(d, sentence, m) ? ActingFor.beneficiaryOf(d, m) : Optional.empty();
                if (beneficiary.isPresent())
                    return beneficiary;
                continue;
            }
            String before = text.substring(sentence.span().begin(), m.span().begin());
            if (isGivenTo(text, before, m))
                return Optional.of(actorKey(d, m));
            if (receives(d, sentence, m)) {
                int distance = m.span().begin() >= at.end() ? m.span().begin() - at.end() : at.begin() - m.span().end();
                if (distance < bestDistance) {
                    best = m;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best).map(m -> actorKey(d, m)).or(() -> forcesOf(d, sentence, at));
    }

    /** "for the Ukrainian army", "to Moldovan hospitals": who gets the aid, named by a demonym and what it equips. */
    private static final Pattern DEMONYM_BENEFICIARY = Pattern.compile("\\b(?:to|for|equip|arm)\\s+(?:the\\s+)?(?:country's\\s+)?("
            + TITLES.demonymPattern().pattern() + ")\\s+(?:[\\p{Ll}-]+\\s+)?(?:army|armed\\s+forces|forces|troops|brigades|soldiers|military"
            + "|pilots|units|navy|air\\s+force|defenders|hospitals|schools|cities|power\\s+grid|energy\\s+system)\\b");

    private static Optional<String> forcesOf(Document d, Sentence sentence, Span at) {
        Matcher m = DEMONYM_BENEFICIARY.matcher(d.text()).region(sentence.span().begin(), sentence.span().end());
        while (m.find())
            if (m.start() >= at.begin() || m.end() <= at.begin()) {
                Optional<String> country = TITLES.countryOf(m.group(1));
                if (country.isPresent())
                    return country;
            }
        return Optional.empty();
    }
    /** The object of a giving verb or the subject of a receiving one: "send Ukraine …", "Kyiv will receive …"; not "US-made". */
    static boolean isGivenTo(String text, String before, Mention m) {
        boolean attributive = m.span().end() < text.length() && text.charAt(m.span().end()) == '-'; // "US-made"
        String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 40));
        return GIVE_BEFORE.matcher(before).find() && !attributive || RECEIVES_AFTER.matcher(after).find();
    }
    /** An actor in a recipient's place: after a giving verb, "to", "for" or "support", never after "from". */
    static boolean receives(Document d, Sentence sentence, Mention m) {
        String before = d.text().substring(sentence.span().begin(), m.span().begin());
        return isGivenTo(d.text(), before, m) || RECIPIENT_CUE.matcher(before).find() && !FROM_CUE.matcher(before).find();
    }
    /**
     * Who gives: the actor after "from"; else the nearest one before that is not the recipient, with
     * the others of its list when they "each" give; else the actor after "by"; else the country or
     * organisation of a minister the sentence names; else a demonym's government.
     */
    static List<String> donors(Document d, Sentence sentence, Span at, List<Mention> actors, String recipient) {
        String text = d.text();
        for (Mention m : actors)
            if (m.span().begin() >= at.end() && FROM_CUE.matcher(text.substring(at.end(), m.span().begin())).find())
                return List.of(actorKey(d, m));
        Optional<Mention> agreeing = agreeingActor(d, sentence, at, actors);
        if (agreeing.isPresent())
            return List.of(actorKey(d, agreeing.get()));
        int nearest = -1, nearestGiver = -1;
        for (int i = 0; i < actors.size(); i++)
            if (actors.get(i).span().end() <= at.begin() && !actorKey(d, actors.get(i)).equals(recipient)) {
                nearest = i;
                if (!SPEAKS_AFTER.matcher(text).region(actors.get(i).span().end(), at.begin()).lookingAt())
                    nearestGiver = i;
            }
        // "The EU transferred €4bn, the Commission said, bringing the total to €16bn": the source of the report gives nothing.
        if (nearestGiver >= 0)
            nearest = nearestGiver;
        if (nearest >= 0) {
            int last = nearest;
            return respectively(d, sentence, at, actors, last).orElseGet(() -> eachOf(d, actors, last));
        }
        for (Mention m : actors)
            if (m.span().begin() >= at.end() && BY_CUE.matcher(text.substring(at.end(), m.span().begin())).find())
                return List.of(actorKey(d, m));
        return ministersCountry(d, sentence).or(() -> demonymGovernment(d, sentence)).or(() -> theGovernment(d, sentence))
                .stream().toList();
    }

    /** "The government" with no name or demonym: the government last spoken of. */
    private static final Pattern THE_GOVERNMENT = Pattern.compile("\\b[Tt]he\\s+(?:government|cabinet)\\b(?!\\s+(?:of|in)\\b)");

    /**
     * "Poland has handed Ukraine weapons worth …. The government also approved a grant of …": the state of the
     * article's pledge before, when that donor is a country.
     */
    private static Optional<String> theGovernment(Document d, Sentence sentence) {
        if (!THE_GOVERNMENT.matcher(d.text(sentence.span())).find() || d.pledges().isEmpty())
            return Optional.empty();
        String last = d.pledges().get(d.pledges().size() - 1).donorKey();
        return isCountry(d, last) ? Optional.of(last) : Optional.empty();
    }
    /** "the $50 billion loan that Group of Seven leaders agreed": the actor of a relative clause right after the amount. */
    private static Optional<Mention> agreeingActor(Document d, Sentence sentence, Span at, List<Mention> actors) {
        String text = d.text();
        for (Mention m : actors)
            if (m.span().begin() >= at.end() && AGREED_BY.matcher(text.substring(at.end(), m.span().begin())).matches()
                    && AGREEING.matcher(text.substring(m.span().end(), Math.min(sentence.span().end(), m.span().end() + 30))).lookingAt())
                return Optional.of(m);
        return Optional.empty();
    }

    /** The relative clause in which the pledge was agreed, from the amount to the verb: its status is the agreement's. */
    static Optional<Span> agreedIn(Document d, Sentence sentence, Span at) {
        List<Mention> actors = d.mentionsIn(sentence.span()).stream().filter(m -> isActor(d, m)).toList();
        return agreeingActor(d, sentence, at, actors).map(m -> {
            Matcher verb = AGREEING.matcher(d.text()).region(m.span().end(), sentence.span().end());
            return new Span(at.begin(), verb.lookingAt() ? verb.end() : m.span().end());
        });
    }

    /**
     * "Sweden and Norway will add SEK 300 million and NOK 250 million respectively": the k-th amount after a list of
     * actors is the k-th actor's.
     */
    private static Optional<List<String>> respectively(Document d, Sentence sentence, Span at, List<Mention> actors, int last) {
        String text = d.text();
        if (!RESPECTIVELY.matcher(text).region(at.end(), sentence.span().end()).find())
            return Optional.empty();
        int first = last;
        while (first > 0 && LIST_GLUE.matcher(text.substring(actors.get(first - 1).span().end(), actors.get(first).span().begin())).matches())
            first--;
        List<MoneyAmount> amounts = d.amountsIn(new Span(actors.get(last).span().end(), sentence.span().end()));
        int k = 0;
        while (k < amounts.size() && amounts.get(k).span().begin() < at.begin())
            k++;
        int listed = last - first + 1;
        return listed > 1 && amounts.size() == listed && k < listed ? Optional.of(List.of(actorKey(d, actors.get(first + k)))) : Optional.empty();
    }

    /** "Norway and Denmark each pledged": the actor at {@code last} and those listed before it, when "each" follows. */
    static List<String> eachOf(Document d, List<Mention> actors, int last) {
        String text = d.text();
        Mention m = actors.get(last);
        if (!EACH.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 20))).find())
            return List.of(actorKey(d, m));
        List<String> donors = new java.util.ArrayList<>(List.of(actorKey(d, m)));
        for (int i = last - 1; i >= 0; i--) {
            String glue = text.substring(actors.get(i).span().end(), actors.get(i + 1).span().begin());
            if (!LIST_GLUE.matcher(glue).matches())
                break;
            donors.add(0, actorKey(d, actors.get(i)));
        }
        return donors;
    }
    /** "Defence Minister NAME announced …": the country or organisation where a person of the sentence holds a post. */
    static Optional<String> ministersCountry(Document d, Sentence sentence) {
        List<String> people = new java.util.ArrayList<>(d.mentionsIn(sentence.span()).stream().map(Mention::entityKey).toList());
        // "He added that €300m would pay for twelve howitzers": the speaker the statement resolved the pronoun to
        d.statements().stream().filter(st -> st.speakerKey() != null && st.evidence().contains(sentence.span()))
                .forEach(st -> people.add(st.speakerKey()));
        for (String person : people)
            for (Facts.Role role : d.roles())
                if (role.personKey().equals(person) && role.organisationKey() != null)
                    return Optional.of(role.organisationKey());
        return Optional.empty();
    }
    /** The organisation the article mentions most: "allies" in a NATO story are NATO's allies. */
    static Optional<String> mainAlliance(Document d) {
        return mostMentioned(d, e -> e.kind() == Entity.Kind.ORGANISATION && !e.types().contains("NewsOutlet"));
    }
    static Optional<String> mostMentioned(Document d, Predicate<Entity> which) {
        return d.entitiesByMentions(m -> which.test(d.entity(m.entityKey()).orElseThrow())).stream().findFirst();
    }
}
