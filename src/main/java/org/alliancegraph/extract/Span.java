package org.alliancegraph.extract;

/** A half-open range [begin, end) of UTF-16 indices into the article text. */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin)
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }

    public String of(String text) { return text.substring(begin, end); }

    public boolean contains(Span other) { return begin <= other.begin && other.end <= end; }

    public boolean overlaps(Span other) { return begin < other.end && other.begin < end; }

    public int length() { return end - begin; }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }
}
