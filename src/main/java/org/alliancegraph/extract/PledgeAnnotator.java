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
            + "|approv\\w*|promis\\w*|contribut\\w*|aid|assistance|support|package|transfer\\w*|suppl(?:y|ies|ied))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_PLEDGE = Pattern.compile(
            "(?:%|\\bper ?cent\\b|\\bshare of\\b|\\bown (?:stock|arm|forc|militar)|\\bstockpil|\\bpurchas|\\bbuy(?:s|ing)?\\b|\\bbought\\b"
            + "|\\bspen[dt]|\\bspending\\b|\\bbudget\\b(?! support)|\\bGDP\\b|\\bcost(?:s|ing)?\\b|\\bworth of damage)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DELIVERED = Pattern.compile("\\b(?:delivered|arrived|handed over|received)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMITTED = Pattern.compile(
            "\\b(?:committed|allocated|earmarked|disbursed|approved|signed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|to be|plans? to|is to|are to|pledg\\w*|promis\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MILITARY = Pattern.compile(
            "\\b(?:military|weapons?|arms|tanks?|air defen[cs]e|ammunition|shells|missiles?|artillery|howitzers?|drones?|jets?|aircraft|armou?red|defen[cs]e aid|equipment)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HUMANITARIAN = Pattern.compile("\\b(?:humanitarian|relief|food|medical|shelter|energy aid)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FINANCIAL = Pattern.compile("\\b(?:financial|budget support|loans?|grants?|macro-financial|economic)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECIPIENT_CUE = Pattern.compile("(?:\\bto|\\bfor|\\bsupport|\\binto)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_CUE = Pattern.compile("\\bfrom\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALLIES = Pattern.compile("\\b(?:[Aa]llies|member (?:states|nations|countries))\\b");
    /** In-kind aid: "send US-made M1A1 tanks", "deliver two IRIS-T systems", "40 Leopard 1 tanks". */
    private static final Pattern ITEMS = Pattern.compile(
            "\\b(?:send|sending|sent|deliver|delivering|delivered|provide|providing|provided|supply|supplying|supplied|donate|donating|donated|transfer|transferring|transferred)"
            + "\\s+((?:[\\w\\-’'.]+\\s+){0,5}?(?:tanks|systems|jets|aircraft|missiles|shells|rounds|howitzers|vehicles|drones|launchers|batteries|helicopters|fighters|guns))\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void annotate(Document document) {
        for (Sentence sentence : document.sentences()) {
            if (sentence.zone() != Zone.Kind.BODY && sentence.zone() != Zone.Kind.CAPTION)
                continue; // headlines repeat the body in fewer words
            String s = document.text(sentence.span());
            if (!PLEDGE_CUE.matcher(s).find())
                continue;
            List<MoneyAmount> amounts = document.amountsIn(sentence.span());
            for (MoneyAmount amount : amounts)
                if (!NOT_A_PLEDGE.matcher(localContext(document, sentence, amount.span())).find())
                    pledge(document, sentence, amount.span(), amount, null);
            if (amounts.isEmpty()) {
                Matcher items = ITEMS.matcher(s);
                if (items.find()) {
                    int begin = sentence.span().begin() + items.start(1);
                    pledge(document, sentence, new Span(begin, sentence.span().begin() + items.end(1)), null, items.group(1));
                }
            }
        }
    }

    /** The words around an amount, for the not-a-pledge test: "more than 99% of all military aid" is a share. */
    private static String localContext(Document d, Sentence sentence, Span amount) {
        int begin = Math.max(sentence.span().begin(), amount.begin() - 40);
        int end = Math.min(sentence.span().end(), amount.end() + 40);
        return d.text().substring(begin, end);
    }

    private void pledge(Document d, Sentence sentence, Span at, MoneyAmount amount, String items) {
        List<Mention> actors = d.mentionsIn(sentence.span()).stream().filter(m -> isActor(d, m)).toList();
        Optional<String> recipient = recipient(d, sentence, at, actors);
        Optional<String> donor = donor(d, at, actors, recipient.orElse(null));
        double confidence = CONFIDENCE;
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
                aidType(s, items), status(s), period[0], period[1], null, sentence.span(), confidence));
    }

    private static boolean isActor(Document d, Mention m) {
        Entity e = d.entity(m.entityKey()).orElseThrow();
        return (e.kind() == Entity.Kind.COUNTRY || e.kind() == Entity.Kind.ORGANISATION || capitalOf(d, e).isPresent())
                && !e.types().contains("NewsOutlet");
    }

    /** A city that stands for a state when it gives or receives ("support Kyiv"). */
    private static Optional<String> capitalOf(Document d, Entity e) {
        return e.kind() == Entity.Kind.PLACE ? Optional.ofNullable(e.standsFor()) : Optional.empty();
    }

    private static String actorKey(Document d, Mention m) {
        Entity e = d.entity(m.entityKey()).orElseThrow();
        return capitalOf(d, e).orElse(e.key());
    }

    private static Optional<String> recipient(Document d, Sentence sentence, Span at, List<Mention> actors) {
        String text = d.text();
        for (Mention m : actors) {
            String before = text.substring(sentence.span().begin(), m.span().begin());
            if (RECIPIENT_CUE.matcher(before).find() && !FROM_CUE.matcher(before).find())
                return Optional.of(actorKey(d, m));
        }
        return Optional.empty();
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

    private static AidType aidType(String sentence, String items) {
        if (items != null || MILITARY.matcher(sentence).find())
            return AidType.MilitaryAid;
        if (HUMANITARIAN.matcher(sentence).find())
            return AidType.HumanitarianAid;
        if (FINANCIAL.matcher(sentence).find())
            return AidType.FinancialAid;
        return null;
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
