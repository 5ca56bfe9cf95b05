package org.alliancegraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/** One-to-one greedy matching of system items to gold items under a predicate. */
final class Matching {
    private Matching() {}

    /** The counts, the system items left without a gold partner and the gold items nobody found. */
    record Result<S, G>(Scores scores, List<S> spurious, List<G> missed) {}

    static <S, G> Scores score(List<S> system, List<G> gold, BiPredicate<S, G> matches) {
        return match(system, gold, matches).scores();
    }

    static <S, G> Result<S, G> match(List<S> system, List<G> gold, BiPredicate<S, G> matches) {
        List<G> open = new ArrayList<>(gold);
        List<S> spurious = new ArrayList<>();
        int tp = 0;
        for (S s : system) {
            boolean found = false;
            for (int i = 0; i < open.size() && !found; i++) {
                if (matches.test(s, open.get(i))) {
                    open.remove(i);
                    tp++;
                    found = true;
                }
            }
            if (!found)
                spurious.add(s);
        }
        return new Result<>(new Scores(tp, system.size(), gold.size()), spurious, open);
    }
}
