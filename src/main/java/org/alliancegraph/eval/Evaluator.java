package org.alliancegraph.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Scores extracted facts against gold annotations, per layer, in two modes:
 * <ul>
 * <li>strict: every field that identifies the fact agrees (a pledge's donor, recipient, amount,
 * currency, aid type and status; a statement's speaker, kind and words);</li>
 * <li>relaxed: the core agrees (a pledge's donor, recipient and amount; a statement's speaker and
 * most of its words; an event's date within a day and its place or type).</li>
 * </ul>
 * Items match one to one; scores add up over articles (micro-averages).
 */
public final class Evaluator {
    public enum Layer { ENTITIES, ROLES, EVENTS, PLEDGES, POSITIONS, STATEMENTS }

    public enum Mode { STRICT, RELAXED }

    private final Map<Layer, Map<Mode, Scores>> totals = new EnumMap<>(Layer.class);
    private final StringBuilder errors = new StringBuilder();
    private String article = "";

    public Evaluator() {
        for (Layer layer : Layer.values()) {
            Map<Mode, Scores> byMode = new EnumMap<>(Mode.class);
            for (Mode mode : Mode.values())
                byMode.put(mode, Scores.ZERO);
            totals.put(layer, byMode);
        }
    }

    /** Adds one article's comparison, naming the article in the error listing. */
    public void add(String article, Annotations system, Annotations gold) {
        this.article = article;
        add(system, gold);
    }

    /** Adds one article's comparison. */
    public void add(Annotations system, Annotations gold) {
        layer(Layer.ENTITIES, system.entities(), gold.entities(), Objects::equals,
                (s, g) -> tail(s.key()).equals(tail(g.key())));
        layer(Layer.ROLES, system.roles(), gold.roles(), Objects::equals,
                (s, g) -> Objects.equals(s.person(), g.person()) && Objects.equals(s.organisation(), g.organisation()));
        layer(Layer.EVENTS, system.events(), gold.events(),
                (s, g) -> Objects.equals(s.type(), g.type()) && Objects.equals(s.start(), g.start())
                        && Objects.equals(s.end(), g.end()) && Objects.equals(s.location(), g.location()),
                // Gold leaves the start empty where the text gives no day ("the Washington summit"): type and place decide.
                (s, g) -> g.start() == null
                        ? Objects.equals(s.type(), g.type()) && Objects.equals(s.location(), g.location())
                        : near(s.start(), g.start()) && (Objects.equals(s.location(), g.location()) || Objects.equals(s.type(), g.type())));
        layer(Layer.PLEDGES, system.pledges(), gold.pledges(),
                (s, g) -> core(s, g) && Objects.equals(s.currency(), g.currency()) && Objects.equals(s.aidType(), g.aidType())
                        && Objects.equals(s.status(), g.status()),
                Evaluator::core);
        layer(Layer.POSITIONS, system.positions(), gold.positions(), Objects::equals,
                (s, g) -> Objects.equals(s.candidate(), g.candidate()) && Objects.equals(s.organisation(), g.organisation())
                        && family(s.stance()).equals(family(g.stance())));
        layer(Layer.STATEMENTS, system.statements(), gold.statements(),
                (s, g) -> Objects.equals(s.speaker(), g.speaker()) && s.direct() == g.direct() && overlap(s.text(), g.text()) >= 0.5,
                (s, g) -> Objects.equals(s.speaker(), g.speaker()) && overlap(s.text(), g.text()) >= 0.3);
    }

    private <S> void layer(Layer layer, java.util.List<S> system, java.util.List<S> gold,
                           BiPredicate<S, S> strict, BiPredicate<S, S> relaxed) {
        Map<Mode, Scores> byMode = totals.get(layer);
        Matching.Result<S, S> st = Matching.match(system, gold, strict);
        byMode.merge(Mode.STRICT, st.scores(), Scores::plus);
        Matching.Result<S, S> r = Matching.match(system, gold, relaxed);
        byMode.merge(Mode.RELAXED, r.scores(), Scores::plus);
        r.spurious().forEach(s -> errors.append(String.format("%s %s extra: %s%n", article, layer, s)));
        r.missed().forEach(g -> errors.append(String.format("%s %s missed: %s%n", article, layer, g)));
        st.spurious().stream().filter(s -> !r.spurious().contains(s))
                .forEach(s -> errors.append(String.format("%s %s relaxed only: %s%n", article, layer, s)));
        st.missed().stream().filter(g -> !r.missed().contains(g))
                .forEach(g -> errors.append(String.format("%s %s    strict gold: %s%n", article, layer, g)));
    }

    /** One line per item that found no partner under the relaxed mode, then the strict-only misses: what to look at next. */
    public String errors() { return errors.toString(); }

    public Scores scores(Layer layer, Mode mode) { return totals.get(layer).get(mode); }

    /** A Markdown table of every layer in both modes. */
    public String table() {
        StringBuilder sb = new StringBuilder(
                "| layer | gold | system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Layer layer : Layer.values()) {
            Scores s = scores(layer, Mode.STRICT), r = scores(layer, Mode.RELAXED);
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                    layer.name().toLowerCase(Locale.ROOT), s.gold(), s.system(), s.precision(), s.recall(), s.f1(),
                    r.precision(), r.recall(), r.f1()));
        }
        return sb.toString();
    }

    private static boolean core(Annotations.Pledge s, Annotations.Pledge g) {
        return Objects.equals(s.donor(), g.donor()) && Objects.equals(s.recipient(), g.recipient()) && sameAmount(s.value(), g.value());
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean near(LocalDate a, LocalDate b) {
        return a != null && b != null && Math.abs(a.toEpochDay() - b.toEpochDay()) <= 1;
    }

    /** "IrreversiblePath" is a narrower "SupportsMembership" (CONTRACT §3). */
    private static String family(String stance) {
        return "IrreversiblePath".equals(stance) ? "SupportsMembership" : String.valueOf(stance);
    }

    private static String tail(String key) { return key.substring(key.indexOf('/') + 1); }

    /** Share of the smaller text's words that the other has too (case and punctuation ignored). */
    static double overlap(String a, String b) {
        Function<String, Set<String>> words = t -> new HashSet<>(Arrays.asList(
                t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]+", " ").trim().split("\\s+")));
        Set<String> x = words.apply(a), y = words.apply(b);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / Math.max(1, Math.min(x.size(), y.size()));
    }
}
