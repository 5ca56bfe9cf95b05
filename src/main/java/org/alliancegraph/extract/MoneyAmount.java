package org.alliancegraph.extract;

import java.math.BigDecimal;

/**
 * An amount of money in the text: "EUR 40 billion", "€40bn", "nearly $8 billion".
 *
 * @param value       the full number (40000000000 for "40 billion")
 * @param currency    ISO 4217 code
 * @param approximate "nearly", "about", "over", "more than" …
 */
public record MoneyAmount(Span span, String phrase, BigDecimal value, String currency, boolean approximate) {}
