package org.alliancegraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Predicate;

import org.alliancegraph.extract.Facts.AidType;
import org.alliancegraph.extract.Facts.PledgeStatus;

/**
 * Pledges of aid: a money amount (or in-kind items) in a sentence that promises, allocates or
 * delivers it, with a donor and a recipient among the sentence's actors.
 * <ul>
 * <li>Donor: the actor after "from" ("$8 billion of assistance from the United States"), else the
 * nearest organisation or country before the amount that is not the recipient; "allies" stand for
 * the alliance the article is about.</li>
 * <li>Recipient: the actor after "to", "for" or "support" following the pledge words; else the
 * article's most-mentioned country other than the donor when it is named in the sentence.</li>
 * <li>Not pledges: shares of past aid ("99% of all military aid"), purchases for one's own forces,
 * past spending levels, budgets.</li>
 * </ul>
 * A capital standing for its state ("to support Kyiv") counts as the state (reference data:
 * {@code schema:containedInPlace}).
 */
public final class PledgeAnnotator implements Annotator {
    static final double CONFIDENCE = 0.8;
    /** Donor or recipient not named in the sentence: "allies" for the article's alliance, the article's main country. */
    static final double INDIRECT_CONFIDENCE = 0.6;

    private static final Pattern PLEDGE_CUE = Pattern.compile(
            "\\b(?:pledg\\w*|commit\\w*|allocat\\w*|provid\\w*|send\\w*|sent|deliver\\w*|donat\\w*|announc\\w*|earmark\\w*"
            + "|approv\\w*|promis\\w*|contribut\\w*|aid|assistance|support|package|transfer\\w*|suppl(?:y|ies|ied)"
            + "|lend\\w*|lent|loans?|give|gives|giving|gave|grants?|granted|offer\\w*|hand(?:s|ed|ing)? over|drawdown)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_PLEDGE = Pattern.compile(
            "(?:%|\\bper ?cent\\b|\\bshare of\\b|\\bown (?:stock|arm|forc|militar)|\\bstockpil|\\bpurchas|\\bbuy(?:s|ing)?\\b|\\bbought\\b"
            + "|(?<!to be )\\bspen[dt]|\\bspending\\b|\\bbudget\\b(?! support)|\\bGDP\\b|\\bcost(?:s|ing)?\\b|\\bworth of damage)",
            Pattern.CASE_INSENSITIVE);
    /** Done, not to be done: "to be delivered next year" is a promise. "Has provided" with an amount is a delivered total. */
    private static final Pattern DELIVERED = Pattern.compile("(?<!\\bbe )\\b(?:delivered|arrived|handed over|received|reached"
            + "|ha(?:s|ve) (?:so far |now |already )?(?:provided|given|sent|supplied))\\b", Pattern.CASE_INSENSITIVE);
    /** Where one clause of a sentence ends and another, with its own verb, begins. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";|,\\s+and\\s+|\\s+and\\s+(?=(?:has|have|had|will|would|is|are|was|were)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMITTED = Pattern.compile(
            "\\b(?:committed|allocated|earmarked|disbursed|approved|signed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|to be|plans? to|is to|are to|pledg\\w*|promis\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MILITARY = Pattern.compile(
            "\\b(?:military|weapons?|arms|tanks?|air defen[cs]e|ammunition|shells|missiles?|artillery|howitzers?|drones?|jets?|aircraft|armou?red"
            + "|defen[cs]e (?:aid|industry|sector|production|support)|equipment)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HUMANITARIAN = Pattern.compile("\\b(?:humanitarian|relief|food|medical|shelter|energy aid)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FINANCIAL = Pattern.compile("\\b(?:financial|budget support|loans?|lend|lends|lending|lent|grants?|macro-financial|economic)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECIPIENT_CUE = Pattern.compile("(?:\\bto|\\bfor|\\bsupport|\\binto)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** A giving verb right before an actor makes it the recipient: "send Ukraine $988 million", "provide Kyiv with". */
    private static final Pattern GIVE_BEFORE = Pattern.compile("(?i)\\b(?:provid(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|send(?:s|ing)?|sent"
            + "|lend(?:s|ing)?|lent|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?|award(?:s|ed|ing)?)\\s+(?:the\\s+)?$");
    /** "new contributions from Denmark, Latvia, the United Kingdom": one pledge per contributor without an amount of its own. */
    private static final Pattern CONTRIBUTIONS_FROM = Pattern.compile("(?i)\\b(?:new\\s+|further\\s+|fresh\\s+)?contributions\\s+from\\s+");
    private static final Pattern LIST_GLUE = Pattern.compile("(?i)(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+)(?:the\\s+)?");
    private static final Pattern FROM_CUE = Pattern.compile("\\bfrom\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALLIES = Pattern.compile("\\b(?:[Aa]llies|member (?:states|nations|countries))\\b");
    /** In-kind aid: "send US-made M1A1 tanks", "deliver two IRIS-T systems", "hand over a batch of armoured personnel carriers". */
    private static final Pattern ITEMS = Pattern.compile(
            "\\b(?:send|sending|sent|deliver|delivering|delivered|provide|providing|provided|supply|supplying|supplied|donate|donating|donated"
            + "|transfer|transferring|transferred|hand(?:s|ed|ing)?\\s+over)"
            + "\\s+((?:[\\w\\-’'.]+\\s+){0,8}?(?:tanks|systems|jets|aircraft|missiles|shells|rounds|howitzers|vehicles|drones|launchers"
            + "|batteries|helicopters|fighters|guns|carriers|radars|boats|ships|interceptors|rifles|mines))\\b",
            Pattern.CASE_INSENSITIVE);
    /** In-kind aid arriving: "the 40 Leopard 1 tanks it paid for had now reached Ukraine", "its jets would arrive in Ukraine". */
    private static final Pattern ITEMS_ARRIVING = Pattern.compile(
            "\\b((?:[\\w\\-’'.]+\\s+){0,4}?(?:tanks|systems|jets|aircraft|missiles|shells|howitzers|vehicles|drones|launchers"
            + "|batteries|helicopters|fighters|carriers|radars|boats|ships|interceptors))\\b[^.;\\d]{0,40}?\\b(?:reached|arrived\\s+in"
            + "|arrive\\s+in|arriving\\s+in)\\b", Pattern.CASE_INSENSITIVE);
    /** "The Dutch government announced …": a government named by its demonym is its country. */
    private static final Pattern DEMONYM_GOVERNMENT = Pattern.compile("\\b(\\p{Lu}\\p{L}+)\\s+(?:government|authorities|cabinet)\\b");
    /** A capital after these is where something happens, not a state acting: "agreed in Washington". */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|near)\\s+$");
    private static final Titles TITLES = Titles.standard();
    /** Leading words of an item phrase that are not the items: "to Ukraine all of the CV90 vehicles", "a further batch of". */
    private static final Pattern ITEMS_LEAD = Pattern.compile("(?i)^(?:(?:to|for)\\s+\\S+\\s+)?(?:(?:all|some|most|the|last|first|rest|of|a|an"
            + "|further|new|more|another|batch|its|their|his|her|said|says|that)\\s+)*");

    @Override
    public void annotate(Document document) {
        for (Sentence sentence : document.sentences()) {
            if (sentence.zone() != Zone.Kind.BODY && sentence.zone() != Zone.Kind.CAPTION)
                continue; // headlines repeat the body in fewer words
            String s = document.text(sentence.span());
            if (!PLEDGE_CUE.matcher(s).find() && !ITEMS_ARRIVING.matcher(s).find())
                continue;
            List<MoneyAmount> amounts = document.amountsIn(sentence.span());
            for (MoneyAmount amount : amounts)
                if (!NOT_A_PLEDGE.matcher(localContext(document, sentence, amount.span())).find())
                    pledge(document, sentence, amount.span(), amount, null);
            for (Matcher items : List.of(ITEMS.matcher(s), ITEMS_ARRIVING.matcher(s)))
                if (items.find() && !hasAmountOfItsOwn(document, sentence, amounts, items)) {
                    int begin = sentence.span().begin() + items.start(1);
                    Matcher lead = ITEMS_LEAD.matcher(items.group(1));
                    String what = lead.lookingAt() ? items.group(1).substring(lead.end()) : items.group(1);
                    pledge(document, sentence, new Span(begin, sentence.span().begin() + items.end(1)), null, what);
                    break;
                }
            contributors(document, sentence);
        }
    }

    /**
     * Items go with an amount of the sentence (the same pledge) unless a second predicate carries the
     * amount: "will send two IRIS-T systems to Ukraine and has earmarked €1.4bn" are two pledges.
     */
    private static boolean hasAmountOfItsOwn(Document d, Sentence sentence, List<MoneyAmount> amounts, Matcher items) {
        int itemsBegin = sentence.span().begin() + items.start(), itemsEnd = sentence.span().begin() + items.end();
        for (MoneyAmount a : amounts) {
            if (a.span().begin() >= itemsBegin && a.span().end() <= itemsEnd)
                return true;
            String between = a.span().begin() >= itemsEnd ? d.text().substring(itemsEnd, a.span().begin())
                    : d.text().substring(a.span().end(), itemsBegin);
            if (!(between.contains(" and ") && PLEDGE_CUE.matcher(between).find()))
                return true;
        }
        return false;
    }

    /** "New contributions from Denmark, Latvia and the United Kingdom": a pledge of each, amount unstated. */
    private void contributors(Document d, Sentence sentence) {
        String text = d.text();
        Matcher from = CONTRIBUTIONS_FROM.matcher(text).region(sentence.span().begin(), sentence.span().end());
        if (!from.find())
            return;
        List<Mention> actors = d.mentionsIn(sentence.span()).stream().filter(m -> isActor(d, m)).toList();
        int at = from.end();
        for (Mention m : actors) {
            if (m.span().begin() < at)
                continue;
            if (m.span().begin() > at)
                break;
            Span here = m.span();
            at = here.end();
            Matcher glue = LIST_GLUE.matcher(text).region(at, sentence.span().end());
            if (glue.lookingAt())
                at = glue.end();
            int next = at;
            if (d.amountsIn(new Span(next, Math.min(sentence.span().end(), next + 40))).stream().anyMatch(a -> a.span().begin() == next))
                break; // "… and nearly $8 billion of assistance from the United States": that one has its amount
            pledgeBy(d, sentence, actorKey(d, m), here);
        }
    }

    private void pledgeBy(Document d, Sentence sentence, String donor, Span at) {
        List<Mention> actors = d.mentionsIn(sentence.span()).stream().filter(m -> isActor(d, m)).toList();
        Optional<String> recipient = recipient(d, sentence, at, actors).filter(r -> !r.equals(donor))
                .or(() -> mostMentioned(d, e -> e.kind() == Entity.Kind.COUNTRY && !e.key().equals(donor)));
        if (recipient.isEmpty())
            return;
        String s = d.text(sentence.span());
        LocalDate[] period = period(d, sentence);
        d.pledges().add(new Facts.Pledge(donor, recipient.get(), null, null, aidType(d, sentence, null), status(s), period[0], period[1],
                d.eventPlacedIn(sentence, null), sentence.span(), INDIRECT_CONFIDENCE));
    }

    /** The words around an amount, for the not-a-pledge test: "more than 99% of all military aid" is a share. */
    private static String localContext(Document d, Sentence sentence, Span amount) {
        int begin = Math.max(sentence.span().begin(), amount.begin() - 40);
        int end = Math.min(sentence.span().end(), amount.end() + 40);
        return d.text().substring(begin, end);
    }

    private void pledge(Document d, Sentence sentence, Span at, MoneyAmount amount, String items) {
        List<Mention> actors = d.mentionsIn(sentence.span()).stream().filter(m -> isActor(d, m) && !isVenue(d, m)).toList();
        Optional<String> recipient = recipient(d, sentence, at, actors);
        Optional<String> donor = donor(d, at, actors, recipient.orElse(null));
        double confidence = CONFIDENCE;
        if (donor.isEmpty())
            donor = demonymGovernment(d, sentence);
        if (donor.isEmpty() && ALLIES.matcher(d.text(sentence.span())).find()) {
            donor = mainAlliance(d);
            confidence = INDIRECT_CONFIDENCE;
        }
        if (recipient.isEmpty() && donor.isPresent()) {
            String donorKey = donor.get();
            recipient = mostMentioned(d, e -> e.kind() == Entity.Kind.COUNTRY && !e.key().equals(donorKey));
            confidence = INDIRECT_CONFIDENCE;
        }
        if (recipient.isEmpty() || donor.isEmpty() || donor.equals(recipient))
            return;
        String s = d.text(sentence.span());
        LocalDate[] period = period(d, sentence);
        d.pledges().add(new Facts.Pledge(donor.get(), recipient.get(), amount, items == null ? null : items.strip(),
                aidType(d, sentence, items), status(clauseOf(d, sentence, at)), period[0], period[1], d.eventPlacedIn(sentence, null),
                sentence.span(), confidence));
    }

    private static Optional<String> demonymGovernment(Document d, Sentence sentence) {
        Matcher m = DEMONYM_GOVERNMENT.matcher(d.text(sentence.span()));
        return m.find() ? TITLES.countryOf(m.group(1)) : Optional.empty();
    }

    private static boolean isActor(Document d, Mention m) {
        Entity e = d.entity(m.entityKey()).orElseThrow();
        return (e.kind() == Entity.Kind.COUNTRY || e.kind() == Entity.Kind.ORGANISATION || capitalOf(d, e).isPresent())
                && !e.types().contains("NewsOutlet");
    }

    /** A capital named as the place of the announcement: "agreed in Washington on Friday". */
    private static boolean isVenue(Document d, Mention m) {
        Entity e = d.entity(m.entityKey()).orElseThrow();
        return e.kind() == Entity.Kind.PLACE
                && LOCATIVE_BEFORE.matcher(d.text().substring(Math.max(0, m.span().begin() - 10), m.span().begin())).find();
    }

    /** A city that stands for a state when it gives or receives ("support Kyiv"). */
    private static Optional<String> capitalOf(Document d, Entity e) {
        return e.kind() == Entity.Kind.PLACE ? Optional.ofNullable(e.standsFor()) : Optional.empty();
    }

    private static String actorKey(Document d, Mention m) {
        Entity e = d.entity(m.entityKey()).orElseThrow();
        return capitalOf(d, e).orElse(e.key());
    }

    /**
     * The actor a giving verb takes as its object ("send Ukraine …"), else the one after "to", "for" or
     * "support" nearest the amount; never one after "from".
     */
    private static Optional<String> recipient(Document d, Sentence sentence, Span at, List<Mention> actors) {
        String text = d.text();
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : actors) {
            String before = text.substring(sentence.span().begin(), m.span().begin());
            boolean attributive = m.span().end() < text.length() && text.charAt(m.span().end()) == '-'; // "US-made"
            if (GIVE_BEFORE.matcher(before).find() && !attributive)
                return Optional.of(actorKey(d, m));
            if (RECIPIENT_CUE.matcher(before).find() && !FROM_CUE.matcher(before).find()) {
                int distance = m.span().begin() >= at.end() ? m.span().begin() - at.end() : at.begin() - m.span().end();
                if (distance < bestDistance) {
                    best = m;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best).map(m -> actorKey(d, m));
    }

    private static Optional<String> donor(Document d, Span at, List<Mention> actors, String recipient) {
        String text = d.text();
        for (Mention m : actors)
            if (m.span().begin() >= at.end() && FROM_CUE.matcher(text.substring(at.end(), m.span().begin())).find())
                return Optional.of(actorKey(d, m));
        Mention nearest = null;
        for (Mention m : actors)
            if (m.span().end() <= at.begin() && !actorKey(d, m).equals(recipient))
                nearest = m;
        return nearest == null ? Optional.empty() : Optional.of(actorKey(d, nearest));
    }

    /** The organisation the article mentions most: "allies" in a NATO story are NATO's allies. */
    private static Optional<String> mainAlliance(Document d) {
        return mostMentioned(d, e -> e.kind() == Entity.Kind.ORGANISATION && !e.types().contains("NewsOutlet"));
    }

    private static Optional<String> mostMentioned(Document d, Predicate<Entity> which) {
        return d.entitiesByMentions(m -> which.test(d.entity(m.entityKey()).orElseThrow())).stream().findFirst();
    }

    /** The aid type the sentence names; else the one the sentence before names ("a $50 billion loan … The EU will provide €18bn"). */
    private static AidType aidType(Document d, Sentence sentence, String items) {
        AidType type = aidType(d.text(sentence.span()), items);
        if (type == null && sentence.index() > 0)
            type = aidType(d.text(d.sentences().get(sentence.index() - 1).span()), null);
        return type;
    }

    private static AidType aidType(String sentence, String items) {
        if (items != null || MILITARY.matcher(sentence).find())
            return AidType.MilitaryAid;
        if (HUMANITARIAN.matcher(sentence).find())
            return AidType.HumanitarianAid;
        if (FINANCIAL.matcher(sentence).find())
            return AidType.FinancialAid;
        return null;
    }

    /** The clause of the sentence holding the pledge: "will send two systems" apart from "and has earmarked €1.4bn". */
    private static String clauseOf(Document d, Sentence sentence, Span at) {
        String text = d.text();
        int begin = sentence.span().begin(), end = sentence.span().end();
        Matcher m = CLAUSE_BREAK.matcher(text).region(begin, end);
        while (m.find()) {
            if (m.end() <= at.begin())
                begin = m.end();
            else if (m.start() >= at.end()) {
                end = m.start();
                break;
            }
        }
        return text.substring(begin, end);
    }

    /** Delivered beats committed beats promised; "will allocate" is a promise, "had allocated" a commitment. */
    static PledgeStatus status(String sentence) {
        if (DELIVERED.matcher(sentence).find())
            return PledgeStatus.Delivered;
        Matcher committed = COMMITTED.matcher(sentence);
        if (committed.find()) {
            String before = sentence.substring(0, committed.start()).toLowerCase(Locale.ROOT);
            if (!before.matches("(?s).*\\b(?:will|to be|would)\\s+(?:be\\s+)?$"))
                return PledgeStatus.Committed;
        }
        return PledgeStatus.Pledged;
    }

    /** The period the aid covers: a year, half-year, month or range stated in the sentence. */
    private static LocalDate[] period(Document d, Sentence sentence) {
        for (TimeExpression t : d.timesIn(sentence.span()))
            if (t.granularity() != TimeExpression.Granularity.DAY && t.granularity() != TimeExpression.Granularity.SEASON)
                return new LocalDate[] {t.start(), t.end()};
        return new LocalDate[] {null, null};
    }
}
