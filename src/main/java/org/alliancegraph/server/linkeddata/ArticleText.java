package org.alliancegraph.server.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's text cut into segments at every evidence boundary, so that a page can mark the
 * passages facts were extracted from. Offsets are Unicode code points (CONTRACT §3), not Java
 * chars; spans may overlap or nest, and a span outside the text is ignored.
 */
public final class ArticleText {
    private ArticleText() {}

    /** An evidence span: code points [begin, end) with the anchor id and a tooltip for its mark. */
    public record Span(int begin, int end, String id, String title) {}

    /**
     * A piece of text; {@code marked} when some span covers it, {@code anchor} the ids of the
     * spans that start here, {@code title} the tooltips of the spans covering it.
     */
    public record Segment(String text, boolean marked, List<String> anchors, String title) {}

    public static List<Segment> segments(String text, List<Span> spans) {
        int length = text.codePointCount(0, text.length());
        List<Span> valid = spans.stream().filter(s -> s.begin() >= 0 && s.begin() < s.end() && s.end() <= length).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Span s : valid) {
            cuts.add(s.begin());
            cuts.add(s.end());
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int a = from, b = to;
            List<Span> covering = valid.stream().filter(s -> s.begin() <= a && s.end() >= b).toList();
            List<String> anchors = valid.stream().filter(s -> s.begin() == a).map(Span::id).distinct().toList();
            String title = String.join(" · ", covering.stream().map(Span::title).distinct().toList());
            segments.add(new Segment(substring(text, a, b), !covering.isEmpty(), anchors, title));
        }
        return segments;
    }

    /** The code points [begin, end) of {@code text}. */
    public static String substring(String text, int begin, int end) {
        int from = text.offsetByCodePoints(0, begin);
        return text.substring(from, text.offsetByCodePoints(from, end - begin));
    }
}
