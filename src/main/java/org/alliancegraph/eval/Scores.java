package org.alliancegraph.eval;

/** Counts of one layer under one matching mode, and the precision, recall and F1 they give. */
public record Scores(int truePositives, int system, int gold) {
    public static final Scores ZERO = new Scores(0, 0, 0);

    public Scores plus(Scores o) { return new Scores(truePositives + o.truePositives, system + o.system, gold + o.gold); }

    /** 1.0 when nothing was extracted and nothing was expected. */
    public double precision() { return system == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) truePositives / system; }

    public double recall() { return gold == 0 ? (system == 0 ? 1.0 : 0.0) : (double) truePositives / gold; }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
