package org.alliancegraph.ingest;

/**
 * Makes untrusted text (file names, header values, article snippets) safe for one log line or
 * message: control and bidirectional-override characters escaped, length capped.
 */
public final class Printable {
    private static final int MAX = 200;

    private Printable() {}

    public static String of(String s) {
        if (s == null)
            return "null";
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(MAX).forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR)
                sb.append(String.format("\\u%04X", cp));
            else
                sb.appendCodePoint(cp);
        });
        if (s.codePointCount(0, s.length()) > MAX)
            sb.append('…');
        return sb.toString();
    }
}
