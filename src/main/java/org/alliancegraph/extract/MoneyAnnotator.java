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
 * "$8 billion") or a currency word after it ("40 billion euros", "2.5 billion Swedish kronor"),
 * with a scale word and an approximation marker ("nearly", "over", "about"). Negative, zero and
 * absurd amounts ("€-5bn", "EUR 1e309") are not money.
 */
public final class MoneyAnnotator implements Annotator {
    /** Above this no real aid amount lies (a thousand trillion); such a number is a typo or an attack. */
    static final BigDecimal MAX = new BigDecimal("1e15");

    /** Codes written as such before or after an amount ("EUR 40 billion", "425 million USD"). */
    private static final List<String> ISO_CODES =
            List.of("EUR", "USD", "GBP", "JPY", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK", "PLN", "UAH", "CZK", "NZD", "KRW");
    private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        // Longer first: "US$" before "$", "C$" before "$".
        SYMBOLS.put("US$", "USD");
        SYMBOLS.put("C$", "CAD");
        SYMBOLS.put("A$", "AUD");
        SYMBOLS.put("€", "EUR");
        SYMBOLS.put("$", "USD");
        SYMBOLS.put("£", "GBP");
        SYMBOLS.put("¥", "JPY");
        for (String code : ISO_CODES)
            SYMBOLS.put(code, code);

        WORDS.put("US dollars", "USD");
        WORDS.put("U.S. dollars", "USD");
        WORDS.put("Canadian dollars", "CAD");
        WORDS.put("Australian dollars", "AUD");
        WORDS.put("New Zealand dollars", "NZD");
        WORDS.put("Swedish kronor", "SEK");
        WORDS.put("Swedish krona", "SEK");
        WORDS.put("Norwegian kroner", "NOK");
        WORDS.put("Norwegian krone", "NOK");
        WORDS.put("Danish kroner", "DKK");
        WORDS.put("Danish krone", "DKK");
        WORDS.put("Czech korunas", "CZK");
        WORDS.put("Czech koruna", "CZK");
        WORDS.put("Swiss francs", "CHF");
        WORDS.put("pounds sterling", "GBP");
        WORDS.put("euros", "EUR");
        WORDS.put("euro", "EUR");
        WORDS.put("dollars", "USD");
        WORDS.put("dollar", "USD");
        WORDS.put("pounds", "GBP");
        WORDS.put("yen", "JPY");
        WORDS.put("hryvnias", "UAH");
        WORDS.put("hryvnia", "UAH");
        WORDS.put("zlotys", "PLN");
        WORDS.put("zloty", "PLN");
        for (String code : ISO_CODES)
            WORDS.put(code, code);
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
    private static final String SCALE = "(?:\\s*(trillion|billion|million|thousand|tn|bn|mn|m|k)\\b)?";
    private static final Pattern PREFIXED = Pattern.compile("(?i:" + APPROX + ")(" + alternation(SYMBOLS.keySet()) + ")\\s?"
            + "(-)?" + NUMBER + "(?![eE][+-]?\\d)" + SCALE);
    private static final Pattern SUFFIXED = Pattern.compile("(?i:" + APPROX + ")(-)?" + NUMBER + "(?![eE][+-]?\\d)" + SCALE
            + "\\s+(" + alternation(WORDS.keySet()) + ")\\b");

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
            collect(PREFIXED.matcher(text), sentence.span(), true, found);
            collect(SUFFIXED.matcher(text), sentence.span(), false, found);
            found.sort(Comparator.comparing(MoneyAmount::span));
            document.amounts().addAll(found);
        }
    }

    private static void collect(Matcher m, Span within, boolean prefixed, List<MoneyAmount> out) {
        m.region(within.begin(), within.end());
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (out.stream().anyMatch(a -> a.span().overlaps(span)))
                continue;
            // Group layout: 1 approx, then (prefixed) 2 symbol 3 minus 4 int 5 frac 6 scale / (suffixed) 2 minus 3 int 4 frac 5 scale 6 word
            String approx = m.group(1);
            String currency = prefixed ? currency(SYMBOLS, m.group(2)) : currency(WORDS, m.group(6));
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

    /** The currency of a matched symbol or word; matching ignored case, so look the key up the same way. */
    private static String currency(Map<String, String> table, String matched) {
        for (Map.Entry<String, String> e : table.entrySet())
            if (e.getKey().equalsIgnoreCase(matched))
                return e.getValue();
        return null;
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
