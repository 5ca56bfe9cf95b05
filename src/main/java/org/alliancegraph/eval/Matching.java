package org.alliancegraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/** One-to-one greedy matching of system items to gold items under a predicate. */
final class Matching {
    private Matching() {}

    static <S, G> Scores score(List<S> system, List<G> gold, BiPredicate<S, G> matches) {
        List<G> open = new ArrayList<>(gold);
        int tp = 0;
        for (S s : system) {
            for (int i = 0; i < open.size(); i++) {
                if (matches.test(s, open.get(i))) {
                    open.remove(i);
                    tp++;
                    break;
                }
            }
        }
        return new Scores(tp, system.size(), gold.size());
    }
}
