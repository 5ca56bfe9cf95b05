package org.alliancegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.extract.Facts.AidType;

/**
 * Aid in kind named in a sentence: a giving verb and the equipment it takes ("will send two Patriot
 * batteries", "handed over 2,000 winter uniforms and several hundred thermal sights"), items said
 * to arrive ("the 40 tanks it paid for had now reached Ukraine"), and items bought or contracted
 * ("signed contracts for 18 howitzers", "will pay for 12 howitzers"), which are aid only when the
 * sentence names who gets them.
 * The equipment nouns and the aid type each makes are data ({@code lexicon/aid-items.tsv}).
 */
final class AidItems {
    /**
     * One item phrase. Offsets are relative to the sentence: {@code start..end} the items, {@code cueStart..cueEnd}
     * the verb and the items. {@code bought}: introduced by a purchase or contract, not a giving verb.
     */
    record Found(int cueStart, int cueEnd, int start, int end, String items, boolean bought) {}

    /** Every noun of the lexicon with its aid type; {@code COUNTABLE} those that name aid in kind on their own. */
    private static final Map<String, AidType> NOUNS = new LinkedHashMap<>();
    private static final Map<String, AidType> COUNTABLE = new LinkedHashMap<>();

    static {
        for (List<String> row : Lexicon.table("aid-items.tsv", 3)) {
            String noun = row.get(0).toLowerCase(Locale.ROOT);
            NOUNS.put(noun, AidType.valueOf(row.get(1)));
            if (row.get(2).equals("count"))
                COUNTABLE.put(noun, AidType.valueOf(row.get(1)));
        }
    }

    private static final String NOUN = alternation(COUNTABLE.keySet());
    private static final String ANY_NOUN = alternation(NOUNS.keySet());
    /** A word of an item phrase; numbers keep their thousands separators ("1,200"). */
    private static final String WORD = "(?:\\d[\\d,.]*|[\\w\\-’'./]+)";
    /** The items, with further items after "and" or a comma: "2,000 uniforms and several hundred sights". */
    private static final String PHRASE = "((?:" + WORD + "\\s+){0,8}?" + NOUN + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:" + WORD
            + "\\s+){0,5}?" + NOUN + ")*)\\b";
    private static final Pattern GIVEN = Pattern.compile("\\b(?:send|sends|sending|sent|deliver|delivers|delivering|delivered"
            + "|provide|provides|providing|provided|supply|supplies|supplying|supplied|donate|donates|donating|donated|transfer"
            + "|transfers|transferring|transferred|hand(?:s|ed|ing)?(?:\\s+over)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)"
            + "|gift(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|get|gets|getting|got)\\s+" + PHRASE, Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUGHT = Pattern.compile("\\b(?:contracts?\\b[^.;\\d]{0,25}?\\bfor|order(?:s|ed|ing)?|buy|buys|buying|bought"
            + "|purchas(?:e|es|ed|ing)|pa(?:y|ys|id|ying)\\s+for|financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?)\\s+" + PHRASE, Pattern.CASE_INSENSITIVE);
    private static final Pattern ARRIVING = Pattern.compile("\\b((?:" + WORD + "\\s+){0,4}?" + NOUN + ")\\b[^.;\\d]{0,40}?\\b(?:reached"
            + "|arrived\\s+in|arrive\\s+in|arriving\\s+in)\\b", Pattern.CASE_INSENSITIVE);
    /** Leading words of an item phrase that are not the items: "to Ukraine all of the CV90 vehicles", "Kyiv with", "a further batch of". */
    private static final Pattern LEAD = Pattern.compile("(?i)^(?:(?:to|for)\\s+\\S+\\s+|(?:\\S+\\s+){1,3}?with\\s+)?(?:(?:all|some|most|the|last|first|rest|of|a|an"
            + "|further|new|more|another|batch|its|their|his|her|said|says|that)\\s+)*");
    private static final Pattern NAME_OR_NUMBER = Pattern.compile("\\d|\\b\\p{Lu}");
    /** What an amount pays for: "€50m for drones", "$300m package of shells and spare parts", "SEK 2bn to buy radars". */
    /**
     * Equipment words, one list of them or several: "artillery ammunition and spare parts", "drone-detection radars";
     * not a noun that qualifies an industry ("drone production").
     */
    private static final String EQUIPMENT_END = "(?:\\s+" + ANY_NOUN + ")*(?![\\w-])(?!\\s+(?:production|industry|industries|makers?"
            + "|manufactur\\w*|factor(?:y|ies)|plants?|maintenance|repairs?|programmes?|programs?|sector|coalition|initiative))";
    private static final String EQUIPMENT = "((?:" + WORD + "\\s+){0,4}?" + ANY_NOUN + EQUIPMENT_END
            + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:" + WORD + "\\s+){0,4}?" + ANY_NOUN + EQUIPMENT_END + ")*)";
    private static final Pattern PAID_FOR = Pattern.compile("(?i)^\\s+(?:(?:package|drawdown|tranche|contract|worth)\\s+of|in|of|for|to\\s+buy"
            + "|to\\s+purchase)\\s+" + EQUIPMENT);
    /** "a package worth €188m, including ammunition and winter equipment". */
    private static final Pattern INCLUDING = Pattern.compile("(?i)\\binclud(?:ing|es|ed)\\s+" + EQUIPMENT);
    /** "air defence equipment worth 2.5 billion Swedish kronor" (lower-case words: not the "Kyiv" of "send Kyiv …"). */
    private static final Pattern WORTH = Pattern.compile("\\b((?:(?!(?:so|far|has|have|had|already|now|also|just|with|\\p{Ll}+ed)\\b)"
            + "[\\p{Ll}\\d][\\w\\-’',]*\\s+){0,3}?(?i:" + ANY_NOUN + "))\\s+worth\\s+$");
    private static final Pattern ANY_CUE = Pattern.compile("(?i)\\b(?:reached|arriv\\w*|contracts?|order\\w*|buy\\w*|bought|purchas\\w*)\\b");

    private AidItems() {}

    /** Whether the sentence may name items without a giving verb (arrivals, purchases): cheaper than {@link #in}. */
    static boolean mayName(String sentence) { return ANY_CUE.matcher(sentence).find(); }

    /** The item phrases of a sentence, in order: given or bought ones; else items arriving. */
    static List<Found> in(String sentence) {
        List<Found> found = new ArrayList<>();
        collect(GIVEN.matcher(sentence), false, found);
        collect(BOUGHT.matcher(sentence), true, found);
        if (found.isEmpty())
            collect(ARRIVING.matcher(sentence), false, found);
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static void collect(Matcher m, boolean bought, List<Found> out) {
        while (m.find()) {
            String phrase = m.group(1);
            Matcher lead = LEAD.matcher(phrase);
            int skip = lead.lookingAt() ? lead.end() : 0;
            String items = phrase.substring(skip).strip();
            if (items.isEmpty() || isSingular(items) && !NAME_OR_NUMBER.matcher(phrase).find())
                continue; // "provide a fairer system": no equipment named
            int start = m.start(1) + skip;
            if (out.stream().noneMatch(f -> f.start() < m.end(1) && start < f.end()))
                out.add(new Found(m.start(), m.end(), start, m.end(1), items, bought));
        }
    }

    /**
     * The equipment an amount pays for, or null: the phrase right after it ("for drones and naval equipment"),
     * before it ("air defence equipment worth …"), or after "including" later in the sentence.
     */
    static String paidFor(String sentence, int amountStart, int amountEnd) {
        Matcher after = PAID_FOR.matcher(sentence).region(amountEnd, sentence.length());
        if (after.lookingAt())
            return withoutLead(after.group(1));
        Matcher before = WORTH.matcher(sentence.substring(0, amountStart));
        if (before.find())
            return withoutLead(before.group(1));
        Matcher including = INCLUDING.matcher(sentence).region(amountEnd, sentence.length());
        return including.find() ? withoutLead(including.group(1)) : null;
    }

    private static String withoutLead(String phrase) {
        Matcher lead = LEAD.matcher(phrase);
        String items = (lead.lookingAt() ? phrase.substring(lead.end()) : phrase).strip();
        return items.isEmpty() ? null : items;
    }

    /** Humanitarian when every noun of the phrase is; else military ("generators" vs "tanks and generators"). */
    static AidType typeOf(String items) {
        boolean humanitarian = false;
        for (String word : items.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            AidType type = NOUNS.get(word);
            if (type == AidType.MilitaryAid)
                return AidType.MilitaryAid;
            humanitarian |= type == AidType.HumanitarianAid;
        }
        return humanitarian ? AidType.HumanitarianAid : AidType.MilitaryAid;
    }

    /** Whether the text names countable equipment of this aid type: "€40m for radars" is military aid. */
    static boolean names(String text, AidType type) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
            if (COUNTABLE.get(word) == type)
                return true;
        return false;
    }

    private static String alternation(java.util.Collection<String> words) {
        return "(?:" + String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")";
    }

    private static boolean isSingular(String items) {
        String last = items.toLowerCase(Locale.ROOT).replaceAll(".*[^\\p{L}]", "");
        return !last.endsWith("s") && !last.equals("aircraft");
    }
}
