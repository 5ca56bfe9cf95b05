package org.alliancegraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.extract.Facts.AidType;
import org.alliancegraph.extract.Facts.PledgeStatus;

/**
 * Pledges of aid: a money amount (or in-kind items) in a sentence that promises, allocates or
 * delivers it, with a donor and a recipient among the sentence's actors.
 * <ul>
 * <li>Donor: the actor after "from" ("$8 billion of assistance from the United States"), else the
 * nearest organisation or country before the amount that is not the recipient ("Norway and Denmark
 * each pledged …": both), else the actor after "by", the country of a minister the sentence names,
 * a demonym's government ("the Dutch government"); "allies" stand for the alliance the article is about.</li>
 * <li>Recipient: the object of a giving verb ("send Ukraine …") or the actor after "to", "for" or
 * "support"; else the country the article's aid goes to (named after such words elsewhere), else its
 * most-mentioned country other than the donor.</li>
 * <li>Not pledges: shares of past aid ("99% of all military aid"), one's own forces, stocks or
 * industry, past spending levels, budgets, costs, sales and tranches; money in a clause that speaks of
 * no giving at all; purchases and spending unless the sentence names who they are for ("to buy
 * radars for Ukraine" is aid, "to buy frigates for its navy" is not).</li>
 * </ul>
 * A capital standing for its state ("to support Kyiv") counts as the state (reference data:
 * {@code schema:containedInPlace}). Helpers: {@link PledgeParties} (donors, recipients),
 * {@link AidItems} (equipment given or paid for), {@link PledgePeriod} (the period covered).
 */
public final class PledgeAnnotator implements Annotator {
    static final double CONFIDENCE = 0.8;
    /** Donor or recipient not named in the sentence: "allies" for the article's alliance, the article's main country. */
    static final double INDIRECT_CONFIDENCE = 0.6;

    static final Pattern PLEDGE_CUE = Pattern.compile(
            "\\b(?:pledg\\w*|commit\\w*|allocat\\w*|provid\\w*|send\\w*|sent|deliver\\w*|donat\\w*|announc\\w*|earmark\\w*"
            + "|approv\\w*|promis\\w*|contribut\\w*|aid|assistance|support|package|transfer\\w*|suppl(?:y|ies|ied)"
            + "|lend\\w*|lent|loans?|give|gives|giving|gave|grants?|granted|offer\\w*|hand(?:s|ed|ing)? over|drawdown"
            + "|receiv\\w*|get|gets|getting|got|obtain\\w*|given|gift\\w*|add|adds|adding|financ\\w*|fund|funds|funded|funding"
            + "|pa(?:y|ys|id|ying) (?:for|out)|disburs\\w*|set aside|hand(?:s|ed|ing)?|prepar(?:es|ed|ing)"
            + "|sign(?:s|ed|ing)?\\s+(?:\\w+\\s+){0,2}?(?:contracts?|agreements?)"
            + "|put(?:s|ting)?(?=\\s+[^.;]{0,40}?\\binto\\b)|releas(?:e|es|ed|ing))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_PLEDGE = Pattern.compile(
            "(?:%|\\bper ?cent\\b|\\bshare of\\s+(?:all|total|the\\s+total)\\b|\\bown (?:stock|arm|forc|militar|defen[cs]e|industr|navy|air force|rearm|needs|depots)"
            + "|\\b(?:its|their|our)\\s+(?:own\\s+)?(?:[\\w-]+\\s+)?(?:army|armed forces|forces|military|navy|air force|troops|divisions"
            + "|brigades|pilots|soldiers|stocks|stockpiles|depots|arsenal)\\b"
            // "its defence budget" is one's own; "next year's Ukraine budget", "its aid budget" are aid lines
            + "|\\bstockpil|(?<!\\b(?:aid|assistance|support)\\s)(?<!\\b\\p{Lu}\\p{L}{1,30}\\s)\\bbudget\\b(?! support)|\\bGDP\\b|\\bcost(?:s|ing)?\\b|\\bworth of damage|\\bearn(?:s|ed|ing)?\\b|\\bsales?\\b"
            + "|\\bsold\\b|\\brevenues?\\b|\\bcommercial\\b|\\bfees\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "a first tranche of 3 billion euros": a payment of a pledge counted already, when it names the amount. */
    private static final Pattern TRANCHE_BEFORE = Pattern.compile("(?i)\\b(?:tranches?|instal(?:l)?ments?|payments?)\\s+of\\s+(?:about\\s+|some\\s+)?$");
    /** Buying and spending: aid when the sentence names who it is for, else one's own. */
    private static final Pattern PURCHASE = Pattern.compile(
            "\\bpurchas|\\bbuy(?:s|ing)?\\b|\\bbought\\b|(?<!in )\\border(?:s|ed)?\\b|(?<!to be )\\bspen[dt]|\\bspending\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Done, not to be done: "to be delivered next year" is a promise. "Has provided" with an amount is a
     * delivered total; so is a simple past of giving ("Bucharest sent", "Denmark gave").
     */
    private static final Pattern DELIVERED = Pattern.compile("(?<!\\bbe )\\b(?:delivered|arrived|handed over|received|reached"
            + "|ha(?:s|ve|d) (?:so far |now |already )?(?:provided|given|sent|supplied|paid(?! for)|handed))\\b"
            + "|(?<!\\b(?:will|would|be|been|to|is|are|was|were) )\\b(?:gave|provided|sent|supplied|donated|transferred)\\b(?! that)",
            Pattern.CASE_INSENSITIVE);
    /** Where one clause of a sentence ends and another, with its own verb, begins. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";|,\\s+and\\s+|\\s+and\\s+(?=(?:has|have|had|will|would|is|are|was|were)\\b)|,\\s+(?:adding|saying|noting)\\s+that\\b",
            Pattern.CASE_INSENSITIVE);
    /** A relative clause set off by commas is a clause of its own: "Denmark, which has given …, will also fund …". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(?:which|who)\\s+[^,;]+(?:,|\\.?$)");
    private static final Pattern COMMITTED = Pattern.compile(
            "\\b(?:committed|allocated|earmarked|disbursed|approved|signed|set aside|reserved|budgeted"
            // a vote of parliament or government decides: "the Senate voted on Tuesday to allocate …"
            + "|voted\\b[^.;]{0,30}?\\bto\\s+(?:allocate|approve|provide|send|give|transfer|grant|fund))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|to be|plans? to|is to|are to|pledg\\w*|promis\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MILITARY = Pattern.compile(
            "\\b(?:military|weapons?|arms|tanks?|air defen[cs]e|ammunition|shells|missiles?|artillery|howitzers?|drones?|jets?|aircraft|armou?red"
            + "|defen[cs]e (?:aid|industry|sector|production|support)|equipment|army|armed forces|troops|soldiers|brigades"
            + "|satellite communications)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Relief and civilian infrastructure (GUIDELINES §6): "energy support", "the power grid", "heating plants". */
    private static final Pattern HUMANITARIAN = Pattern.compile("\\b(?:humanitarian|relief|food|medical|shelter|demining|repairs?"
            + "|energy\\s+(?:aid|support|security|grid|infrastructure|needs)|power\\s+(?:grid|plants?|stations?|lines)|heating|rebuil(?:d|ds|ding|t)|reconstruct\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FINANCIAL = Pattern.compile("\\b(?:financial|budget support|(?:state|national|government)\\s+budget|loans?|lend|lends|lending|lent|grants?|macro-financial|economic)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Money held back, asked for or needed is no pledge: "has blocked €6bn in aid", "Ukraine needs $40bn". */
    private static final Pattern HELD_BACK_OR_ASKED = Pattern.compile("(?i)\\b(?:block(?:s|ed|ing)|veto(?:es|ed|ing)?|withh(?:o|e)ld(?:s|ing)?|suspend(?:s|ed|ing)"
            + "|halt(?:s|ed|ing)|froze|needs|needed|requires|required|request(?:s|ed)|seeks|sought|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)"
            + "|appeal(?:s|ed|ing)?|call(?:s|ed)? (?:for|on))\\b");
    /** "€25bn a year on average" in a clause that promises nothing: a past level, not a pledge ("£3bn a year" to come is one). */
    private static final Pattern PER_YEAR = Pattern.compile("(?i)^\\s*(?:(?:a|per|each|every)\\s+(?:year|month)|annually|on average)\\b");
    /** "In the same speech, she said …": the pledge was announced at the event the article has just told of. */
    private static final Pattern SAME_EVENT = Pattern.compile("(?i)\\b(?:in|at|during)\\s+the\\s+same\\s+"
            + "(speech|address|meeting|visit|press conference|briefing|summit|session|talks)\\b");
    /** "new contributions from Denmark, Latvia, the United Kingdom": one pledge per contributor without an amount of its own. */
    private static final Pattern CONTRIBUTIONS_FROM = Pattern.compile("(?i)\\b(?:new\\s+|further\\s+|fresh\\s+)?contributions\\s+from\\s+");
    @Override
    public void annotate(Document document) {
        List<String> aidRecipients = null; // the article's recipients, worked out when first needed
        for (Sentence sentence : document.sentences()) {
            if (sentence.zone() != Zone.Kind.BODY && sentence.zone() != Zone.Kind.CAPTION)
                continue; // headlines repeat the body in fewer words
            String s = document.text(sentence.span());
            if (!PLEDGE_CUE.matcher(s).find() && !PURCHASE.matcher(s).find() && !AidItems.mayName(s))
                continue;
            if (aidRecipients == null)
                aidRecipients = PledgeParties.aidRecipients(document);
            List<MoneyAmount> amounts = document.amountsIn(sentence.span());
            for (MoneyAmount amount : amounts)
                if (!isConversion(document, amounts, amount) && isAid(document, sentence, amount.span()))
                    pledge(document, sentence, amount.span(), amount, null, false, aidRecipients);
            for (AidItems.Found items : AidItems.in(s))
                if (!hasAmountOfItsOwn(document, sentence, amounts, items)) {
                    Span at = withoutLeadingActor(document, new Span(sentence.span().begin() + items.start(),
                            sentence.span().begin() + items.end()));
                    pledge(document, sentence, at, null, document.text(at), items.bought(), aidRecipients);
                }
            contributors(document, sentence, aidRecipients);
            if (amounts.isEmpty() && AidItems.in(s).isEmpty())
                packageWithoutAmount(document, sentence, aidRecipients);
        }
        typesFromNeighbours(document.pledges());
    }

    /**
     * "Britain will put £45m into the drone fund … Sweden has earmarked SEK 500m for the fund": a pledge whose own
     * words and the sentence before name no kind of aid is of the kind of the nearest pledge of its article that has
     * one (the one before it first), since an article's pledges mostly serve one purpose.
     */
    private static void typesFromNeighbours(List<Facts.Pledge> pledges) {
        List<Facts.Pledge> typed = List.copyOf(pledges);
        for (int i = 0; i < pledges.size(); i++) {
            Facts.Pledge p = pledges.get(i);
            if (p.aidType() != null)
                continue;
            Facts.Pledge nearest = null;
            for (Facts.Pledge q : typed)
                if (q.aidType() != null && (nearest == null || distance(q, p) < distance(nearest, p)))
                    nearest = q;
            if (nearest != null)
                pledges.set(i, new Facts.Pledge(p.donorKey(), p.recipientKey(), p.amount(), p.items(), nearest.aidType(), p.status(),
                        p.periodStart(), p.periodEnd(), p.announcedAtEventKey(), p.evidence(), p.confidence()));
        }
    }

    /** How far apart two pledges are stated; one stated after counts a little farther than one before at the same distance. */
    private static int distance(Facts.Pledge from, Facts.Pledge to) {
        int d = from.evidence().begin() - to.evidence().begin();
        return d <= 0 ? -2 * d : 2 * d + 1;
    }

    /** "Warsaw will send its 46th package of military aid, including air defence ammunition": a pledge, amount unstated. */
    /** Also with the recipient before it and the kind of aid in front: "will send Ukraine a 12th military aid package of …". */
    private static final Pattern PACKAGE = Pattern.compile("(?i)\\b(?:send|sends|sending|deliver|delivers|provide|provides|approve|approves|hand|hands"
            + "|announce|announces|unveil|unveils|present|presents|prepar(?:e|es|ing))\\s+(?:(?-i:\\p{Lu})\\p{L}+\\s+)?(?:its|their|his|her|a|an|the|another)\\s+"
            + "(?:(?:new|next|latest|further|fresh|first|\\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\\s+)*"
            + "(?:(?:package|consignment|shipment)\\s+of\\s+(?:\\p{L}+\\s+)?(?:aid|assistance|support|weapons|equipment)"
            + "|(?:(?:military|humanitarian|security|defen[cs]e|energy|winter)\\s+)?(?:aid|assistance|support)\\s+(?:package|consignment|shipment))\\b");

    private void packageWithoutAmount(Document document, Sentence sentence, List<String> aidRecipients) {
        String s = document.text(sentence.span());
        Matcher p = PACKAGE.matcher(s);
        if (!p.find() || PURCHASE.matcher(s).find())
            return;
        Span at = new Span(sentence.span().begin() + p.start(), sentence.span().begin() + p.end());
        String items = AidItems.paidFor(s, p.start(), p.end());
        pledge(document, sentence, at, null, items, false, aidRecipients);
    }

    /** "€1.2bn ($1.3bn)": an amount in brackets right after another is the same money in another currency. */
    private static boolean isConversion(Document d, List<MoneyAmount> amounts, MoneyAmount amount) {
        return amounts.stream().anyMatch(a -> a.span().end() <= amount.span().begin()
                && d.text().substring(a.span().end(), amount.span().begin()).matches("\\s*\\(\\s*"));
    }

    /** "gift Ukraine 100 missiles": the items are the missiles, Ukraine their recipient. */
    private static Span withoutLeadingActor(Document d, Span items) {
        for (Mention m : d.mentionsIn(items))
            if (m.span().begin() == items.begin() && PledgeParties.isActor(d, m) && m.span().end() < items.end()
                    && Character.isWhitespace(d.text().charAt(m.span().end()))) { // not "US-made tanks"
                int begin = m.span().end();
                while (begin < items.end() && Character.isWhitespace(d.text().charAt(begin)))
                    begin++;
                return new Span(begin, items.end());
            }
        return items;
    }

    /**
     * Money given, not spent on oneself: no share, own forces, budget or sale around it; a clause that
     * speaks of giving; a purchase only for a recipient the sentence names.
     */
    private static boolean isAid(Document d, Sentence sentence, Span amount) {
        String around = localContext(d, sentence, amount);
        String before = d.text().substring(Math.max(sentence.span().begin(), amount.begin() - 40), amount.begin());
        if (NOT_A_PLEDGE.matcher(around).find() || HELD_BACK_OR_ASKED.matcher(before).find() || TRANCHE_BEFORE.matcher(before).find())
            return false;
        Span clauseSpan = clauseSpan(d, sentence, amount);
        String clause = d.text(clauseSpan);
        String after = d.text().substring(amount.end(), Math.min(sentence.span().end(), amount.end() + 20));
        if (PER_YEAR.matcher(after).find() && !FUTURE.matcher(clause).find())
            return false;
        List<Mention> actors = d.mentionsIn(clauseSpan).stream().filter(m -> PledgeParties.isActor(d, m)).toList();
        if (PURCHASE.matcher(around).find()) // bought or spent for a recipient the clause names
            return PledgeParties.recipient(d, sentence, amount, actors).isPresent();
        if (!givingIn(clause))
            return false;
        return givingIn(RECEIVING.matcher(clause).replaceAll(" ")) || actors.stream().anyMatch(m -> m.span().begin() > amount.end()
                && d.text().substring(amount.end(), m.span().begin()).matches("(?s).*\\bfrom\\s+(?:the\\s+)?"));
    }

    /** Receiving alone ("Ukraine's economy could get a $10bn boost") is aid only from a named giver ("… from Romania"). */
    private static final Pattern RECEIVING = Pattern.compile("(?i)\\b(?:receiv\\w*|get|gets|getting|got|obtain\\w*)\\b");

    private static boolean givingIn(String clause) { return PLEDGE_CUE.matcher(clause).find(); }

    /**
     * Items go with an amount of the sentence (the same pledge) unless a second predicate carries the
     * amount: "will send two IRIS-T systems to Ukraine and has earmarked €1.4bn" are two pledges.
     */
    private static boolean hasAmountOfItsOwn(Document d, Sentence sentence, List<MoneyAmount> amounts, AidItems.Found items) {
        int itemsBegin = sentence.span().begin() + items.cueStart(), itemsEnd = sentence.span().begin() + items.cueEnd();
        for (MoneyAmount a : amounts) {
            if (a.span().begin() >= itemsBegin && a.span().end() <= itemsEnd)
                return true;
            String between = a.span().begin() >= itemsEnd ? d.text().substring(itemsEnd, a.span().begin())
                    : d.text().substring(a.span().end(), itemsBegin);
            if (!(SECOND_PREDICATE.matcher(between).find() && (PLEDGE_CUE.matcher(between).find() || COMMITTED.matcher(between).find())))
                return true;
        }
        return false;
    }

    /** Between items and an amount, a clause of its own: "… and has earmarked", "…, adding that Berlin had signed". */
    private static final Pattern SECOND_PREDICATE = Pattern.compile("(?i)\\sand\\s|,\\s+(?:" + Attribution.PARTICIPLES + ")\\b|;|,\\s+while\\b");

    /** "New contributions from Denmark, Latvia and the United Kingdom": a pledge of each, amount unstated. */
    private void contributors(Document d, Sentence sentence, List<String> aidRecipients) {
        String text = d.text();
        Matcher from = CONTRIBUTIONS_FROM.matcher(text).region(sentence.span().begin(), sentence.span().end());
        if (!from.find())
            return;
        List<Mention> actors = d.mentionsIn(sentence.span()).stream().filter(m -> PledgeParties.isActor(d, m)).toList();
        int at = from.end();
        for (Mention m : actors) {
            if (m.span().begin() < at)
                continue;
            if (m.span().begin() > at)
                break;
            Span here = m.span();
            at = here.end();
            Matcher glue = PledgeParties.LIST_GLUE.matcher(text).region(at, sentence.span().end());
            if (glue.lookingAt())
                at = glue.end();
            int next = at;
            if (d.amountsIn(new Span(next, Math.min(sentence.span().end(), next + 40))).stream().anyMatch(a -> a.span().begin() == next))
                break; // "… and nearly $8 billion of assistance from the United States": that one has its amount
            pledgeBy(d, sentence, PledgeParties.actorKey(d, m), here, aidRecipients);
        }
    }

    private void pledgeBy(Document d, Sentence sentence, String donor, Span at, List<String> aidRecipients) {
        List<Mention> actors = d.mentionsIn(sentence.span()).stream().filter(m -> PledgeParties.isActor(d, m)).toList();
        Optional<String> recipient = PledgeParties.recipient(d, sentence, at, actors).filter(r -> !r.equals(donor))
                .or(() -> PledgeParties.fallbackRecipient(d, donor, aidRecipients));
        if (recipient.isEmpty())
            return;
        String s = d.text(sentence.span());
        LocalDate[] period = PledgePeriod.of(d, sentence.span());
        d.pledges().add(new Facts.Pledge(donor, recipient.get(), null, null, aidType(d, sentence, null), status(s), period[0], period[1],
                announcedAt(d, sentence), sentence.span(), INDIRECT_CONFIDENCE));
    }

    /** The words around an amount, for the not-a-pledge test: "more than 99% of all military aid" is a share. */
    private static String localContext(Document d, Sentence sentence, Span amount) {
        int begin = Math.max(sentence.span().begin(), amount.begin() - 40);
        int end = Math.min(sentence.span().end(), amount.end() + 40);
        return d.text().substring(begin, end);
    }

    /** {@code bought}: items bought or contracted are aid only for a recipient the sentence names. */
    private void pledge(Document d, Sentence sentence, Span at, MoneyAmount amount, String items, boolean bought,
                        List<String> aidRecipients) {
        List<Mention> actors = d.mentionsIn(sentence.span()).stream().filter(m -> PledgeParties.isActor(d, m) && !PledgeParties.isVenue(d, m)).toList();
        Optional<String> recipient = PledgeParties.recipient(d, sentence, at, actors);
        if (bought && recipient.isEmpty())
            return;
        List<String> donors = PledgeParties.donors(d, sentence, at, actors, recipient.orElse(null));
        double confidence = CONFIDENCE;
        if (donors.isEmpty() && PledgeParties.ALLIES.matcher(d.text(sentence.span())).find()) {
            donors = PledgeParties.mainAlliance(d).stream().toList();
            confidence = INDIRECT_CONFIDENCE;
        }
        String clause = PledgeParties.agreedIn(d, sentence, at).map(d::text).orElseGet(() -> clauseOf(d, sentence, at));
        LocalDate[] period = PledgePeriod.of(d, clauseSpan(d, sentence, at));
        AidType type = aidType(d, sentence, clauseSpan(d, sentence, at), items); // in kind: what the items are; money: what the clause says
        if (amount != null) // what the money pays for: "€50m for drones"
            items = AidItems.paidFor(d.text(sentence.span()), at.begin() - sentence.span().begin(), at.end() - sentence.span().begin());
        for (String donor : donors) {
            Optional<String> to = recipient.isPresent() ? recipient : PledgeParties.fallbackRecipient(d, donor, aidRecipients);
            if (to.isEmpty() || donor.equals(to.get()))
                continue;
            d.pledges().add(new Facts.Pledge(donor, to.get(), amount, items == null ? null : items.strip(), type,
                    status(clause), period[0], period[1], announcedAt(d, sentence), sentence.span(),
                    recipient.isPresent() ? confidence : INDIRECT_CONFIDENCE));
        }
    }

    /** Where the sentence says the pledge was made; "in the same speech" is the event last told of before it. */
    private static String announcedAt(Document d, Sentence sentence) {
        String placed = d.eventPlacedIn(sentence, null);
        if (placed != null)
            return placed;
        Matcher same = SAME_EVENT.matcher(d.text(sentence.span()));
        if (!same.find())
            return null;
        Facts.EventType wanted = switch (same.group(1).toLowerCase(Locale.ROOT)) {
            case "speech", "address" -> Facts.EventType.Address;
            case "visit" -> Facts.EventType.Visit;
            case "press conference" -> Facts.EventType.PressConference;
            case "briefing" -> Facts.EventType.Briefing;
            case "summit" -> Facts.EventType.Summit;
            default -> null; // meetings, sessions and talks of any kind
        };
        Facts.Event last = null;
        for (Facts.Event e : d.events())
            if (e.evidence().begin() < sentence.span().begin() && (wanted == null || e.type() == wanted)
                    && (last == null || e.evidence().begin() > last.evidence().begin()))
                last = e;
        return last == null ? null : last.key();
    }

















    /**
     * The aid type the pledge's clause names ("Britain, which gave … military aid, will lend £2bn": a loan), else its
     * sentence; else the one the sentence before names ("a $50 billion loan … The EU will provide €18bn").
     */
    private static AidType aidType(Document d, Sentence sentence, Span clause, String items) {
        AidType type = aidType(d.text(clause), items);
        return type != null ? type : aidType(d, sentence, items);
    }

    private static AidType aidType(Document d, Sentence sentence, String items) {
        AidType type = aidType(d.text(sentence.span()), items);
        if (type == null && sentence.index() > 0)
            type = aidType(d.text(d.sentences().get(sentence.index() - 1).span()), null);
        return type;
    }

    private static AidType aidType(String sentence, String items) {
        if (items != null)
            return AidItems.typeOf(items);
        if (MILITARY.matcher(sentence).find() || AidItems.names(sentence, AidType.MilitaryAid))
            return AidType.MilitaryAid;
        if (HUMANITARIAN.matcher(sentence).find() || AidItems.names(sentence, AidType.HumanitarianAid))
            return AidType.HumanitarianAid;
        if (FINANCIAL.matcher(sentence).find())
            return AidType.FinancialAid;
        return null;
    }

    /** The clause of the sentence holding the pledge: "will send two systems" apart from "and has earmarked €1.4bn". */
    private static String clauseOf(Document d, Sentence sentence, Span at) {
        return d.text(clauseSpan(d, sentence, at));
    }

    private static Span clauseSpan(Document d, Sentence sentence, Span at) {
        int begin = sentence.span().begin(), end = sentence.span().end();
        Matcher relative = RELATIVE_CLAUSE.matcher(d.text()).region(begin, end);
        while (relative.find()) {
            if (relative.start() <= at.begin() && at.end() <= relative.end())
                return new Span(relative.start() + 1, relative.end() - 1);
            if (relative.end() <= at.begin())
                begin = relative.end();
            else if (relative.start() >= at.end())
                end = Math.min(end, relative.start());
        }
        Matcher m = CLAUSE_BREAK.matcher(d.text()).region(begin, end);
        while (m.find()) {
            if (m.end() <= at.begin())
                begin = m.end();
            else if (m.start() >= at.end()) {
                end = m.start();
                break;
            }
        }
        return new Span(begin, end);
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
}
