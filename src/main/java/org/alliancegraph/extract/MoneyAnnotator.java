package org.alliancegraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money: a symbol or ISO code before the number ("€40bn", "EUR 40 billion",
 * "$8 billion") or a currency word or code after it ("40 billion euros", "2.5 billion Swedish kronor",
 * "300 million PLN"), with a scale word and an approximation marker ("nearly", "over", "about").
 * The forms are data ({@code lexicon/currencies.tsv}). Negative, zero and absurd amounts
 * ("€-5bn", "EUR 1e309") are not money.
 */
public final class MoneyAnnotator implements Annotator {
    /** Above this no real aid amount lies (a thousand trillion); such a number is a typo or an attack. */
    static final BigDecimal MAX = new BigDecimal("1e15");

    /** Currency forms of {@code currencies.tsv}: written before the number ("€", "EUR") and after it ("euros", "EUR"). */
    private static final Map<String, List<String>> BEFORE = new LinkedHashMap<>();
    private static final Map<String, List<String>> AFTER = new LinkedHashMap<>();
    /** ISO code → the country key whose currency it is, to settle a shared word ("kroner"). */
    private static final Map<String, String> COUNTRY_OF_CURRENCY = new LinkedHashMap<>();

    static {
        for (List<String> row : Lexicon.table("currencies.tsv", 3)) {
            List<String> codes = List.of(row.get(1).split("\\|"));
            if (!row.get(2).equals("after"))
                BEFORE.put(row.get(0), codes);
            if (!row.get(2).equals("before"))
                AFTER.put(row.get(0), codes);
        }
        for (List<String> row : Lexicon.table("currency-countries.tsv", 2))
            COUNTRY_OF_CURRENCY.put(row.get(0), row.get(1));
    }

    private static final String APPROX =
            "(?:(nearly|almost|about|around|roughly|approximately|some|more than|over|up to|close to|at least|just over|just under|an estimated)\\s+)?";
    /** Small numbers written as words count only before a scale word: "five billion Canadian dollars". */
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100));
    private static final String NUMBER = "(?<![\\p{L}\\d])(\\d{1,3}(?:,\\d{3})+|\\d+|(?i:" + String.join("|", NUMBER_WORDS.keySet().stream().sorted(
            Comparator.comparingInt(String::length).reversed()).toList()) + "))(?:\\.(\\d+))?";
    /** A scale word, also hyphenated as in "a 500-million-euro package". */
    private static final String SCALE = "(?:(?:\\s*|-)(trillion|billion|million|thousand|tn|bn|mn|m|k)\\b)?";
    private static final Pattern PREFIXED = Pattern.compile("(?i:" + APPROX + ")(" + alternation(BEFORE.keySet()) + ")\\s?"
            + "(-)?" + NUMBER + "(?![eE][+-]?\\d)" + SCALE);
    private static final Pattern SUFFIXED = Pattern.compile("(?i:" + APPROX + ")(-)?" + NUMBER + "(?![eE][+-]?\\d)" + SCALE
            + "(?:\\s+|-)(" + alternation(AFTER.keySet()) + ")(?![\\p{L}\\d])");

    private static String alternation(Iterable<String> options) {
        List<String> sorted = new ArrayList<>();
        options.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", sorted.stream().map(Pattern::quote).toList());
    }

    @Override
    public void annotate(Document document) {
        String text = document.text();
        for (Sentence sentence : document.sentences()) {
            List<MoneyAmount> found = new ArrayList<>();
            collect(document, PREFIXED.matcher(text), sentence.span(), true, found);
            collect(document, SUFFIXED.matcher(text), sentence.span(), false, found);
            found.sort(Comparator.comparing(MoneyAmount::span));
            document.amounts().addAll(found);
        }
    }

    private static void collect(Document d, Matcher m, Span within, boolean prefixed, List<MoneyAmount> out) {
        m.region(within.begin(), within.end());
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (out.stream().anyMatch(a -> a.span().overlaps(span)))
                continue;
            // Group layout: 1 approx, then (prefixed) 2 symbol 3 minus 4 int 5 frac 6 scale / (suffixed) 2 minus 3 int 4 frac 5 scale 6 word
            String approx = m.group(1);
            String currency = currency(d, within, m.start(), prefixed ? currency(BEFORE, m.group(2)) : currency(AFTER, m.group(6)));
            String minus = prefixed ? m.group(3) : m.group(2);
            String integer = prefixed ? m.group(4) : m.group(3);
            String fraction = prefixed ? m.group(5) : m.group(4);
            String scale = prefixed ? m.group(6) : m.group(5);
            if (minus != null || currency == null)
                continue;
            Integer word = NUMBER_WORDS.get(integer.toLowerCase(Locale.ROOT));
            if (word != null && (scale == null || scale.length() < 5 || fraction != null))
                continue; // "a pound", "five m": words only with a written-out scale
            BigDecimal value = new BigDecimal(word != null ? String.valueOf(word)
                    : integer.replace(",", "") + (fraction == null ? "" : "." + fraction)).multiply(multiplier(scale));
            if (value.signum() <= 0 || value.compareTo(MAX) > 0)
                continue;
            out.add(new MoneyAmount(span, m.group(), value.stripTrailingZeros(), currency, approx != null));
        }
    }

    /** The codes of a matched symbol or word; matching ignored case, so look the key up the same way. */
    private static List<String> currency(Map<String, List<String>> table, String matched) {
        for (Map.Entry<String, List<String>> e : table.entrySet())
            if (e.getKey().equalsIgnoreCase(matched))
                return e.getValue();
        return List.of();
    }

    /**
     * One code, or the one of a shared word ("kroner") whose country the sentence names last before
     * the amount, else the one whose country the article names most; null when nothing settles it.
     */
    private static String currency(Document d, Span sentence, int at, List<String> codes) {
        if (codes.size() <= 1)
            return codes.isEmpty() ? null : codes.get(0);
        Map<String, String> codeOfCountry = new LinkedHashMap<>();
        for (String code : codes)
            if (COUNTRY_OF_CURRENCY.containsKey(code))
                codeOfCountry.put(COUNTRY_OF_CURRENCY.get(code), code);
        String named = null;
        for (Mention m : d.mentionsIn(new Span(sentence.begin(), at)))
            if (codeOfCountry.containsKey(stateOf(d, m.entityKey())))
                named = codeOfCountry.get(stateOf(d, m.entityKey()));
        if (named != null)
            return named;
        return d.entitiesByMentions(m -> codeOfCountry.containsKey(stateOf(d, m.entityKey()))).stream().findFirst()
                .map(key -> codeOfCountry.get(stateOf(d, key))).orElse(null);
    }

    /** The entity's key, or for a capital the state it stands for ("Oslo" for Norway). */
    private static String stateOf(Document d, String key) {
        return d.entity(key).map(e -> e.standsFor() != null ? e.standsFor() : e.key()).orElse(key);
    }

    private static BigDecimal multiplier(String scale) {
        if (scale == null)
            return BigDecimal.ONE;
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "trillion", "tn" -> new BigDecimal("1e12");
            case "billion", "bn" -> new BigDecimal("1e9");
            case "million", "mn", "m" -> new BigDecimal("1e6");
            case "thousand", "k" -> new BigDecimal("1e3");
            default -> BigDecimal.ONE;
        };
    }
}
