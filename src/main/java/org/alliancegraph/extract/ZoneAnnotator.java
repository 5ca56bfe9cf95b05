package org.alliancegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the text into lines and says what each is: headline, caption, byline, body, or
 * boilerplate ("Read also:", "Related" link lists, trailing labels). Only content zones feed the
 * later annotators; bylines and captions still feed the article's metadata.
 */
public final class ZoneAnnotator implements Annotator {
    private static final String BYLINE_NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
    /**
     * "By NAME – OUTLET", "By NAME and NAME, OUTLET"; the outlet ends at a "|" ("By NAME, OUTLET | Kyiv | 21 November 2024").
     * Groups: author, coauthor, outlet.
     */
    static final Pattern BYLINE = Pattern.compile("^By\\s+(?<author>" + BYLINE_NAME + ")(?:\\s+and\\s+(?<coauthor>" + BYLINE_NAME + "))?"
            + "\\s*(?:[–—|,-]\\s*(?<outlet>[^|]*[^|\\s]))?(?:\\s*\\|.*)?$");
    private static final Pattern READ_ALSO = Pattern.compile(
            "^(?:Read also|Read more|See also|Also read|READ ALSO|READ MORE)\\s*:.*"
            // A newsletter prompt: "Sign up for the … morning briefing", "Subscribe to our daily newsletter"
            + "|^(?:Sign up|Subscribe|Register)\\s+(?:for|to)\\b.{0,80}\\b(?:newsletter|briefing|bulletin|digest|alerts?|updates)\\.?$");
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "^(?:Related|Related articles|Related stories|Related news|More on this|More on this story)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^[-•*–]\\s+");
    private static final Pattern CAPTION_CUE = Pattern.compile(
            "(?i)\\b(?:photo|photograph|credit|getty images|reuters/|ap photo)\\b\\s*[:/]|^\\(photo");
    /** A caption anywhere in the text: it opens with its label ("Photo:", "Photo caption:") or carries a credit. */
    private static final Pattern CAPTION_LINE = Pattern.compile(
            "^(?i:photo(?:graph)?(?:\\s+caption)?|caption|picture|image)\\s*:|©|\\b(?i:credit)\\s*:");
    /** A caption's usual ending: a full date ("Kyiv Oct. 3, 2024."). */
    private static final Pattern ENDS_WITH_DATE = Pattern.compile(
            ".*\\b(?:" + Dates.MONTH + ")\\.?\\s+\\d{1,2},?\\s+\\d{4}\\.?\\s*$");
    private static final Pattern LABEL = Pattern.compile("^(?:[-•#]\\s*)?\\S+(?:\\s+\\S+){0,2}$|^(?i:tags?|topics?)\\s*:.*");

    @Override
    public void annotate(Document document) {
        String text = document.text();
        List<Span> lines = lines(text);
        List<Zone.Kind> kinds = new ArrayList<>();
        boolean inRelated = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).of(text);
            Zone.Kind kind;
            if (inRelated && BULLET.matcher(line).find()) {
                kind = Zone.Kind.RELATED;
            } else if (RELATED_HEADING.matcher(line).matches()) {
                kind = Zone.Kind.RELATED;
                inRelated = true;
            } else {
                inRelated = false;
                kind = classify(i, line, i > 0 ? kinds.get(i - 1) : null);
            }
            kinds.add(kind);
        }
        markTrailingLabels(text, lines, kinds);
        for (int i = 0; i < lines.size(); i++)
            document.zones().add(new Zone(stripBullet(text, lines.get(i)), kinds.get(i)));
    }

    private static Zone.Kind classify(int index, String line, Zone.Kind previous) {
        if (BYLINE.matcher(line).matches())
            return Zone.Kind.BYLINE;
        if (READ_ALSO.matcher(line).matches())
            return Zone.Kind.READ_ALSO;
        boolean sentenceLike = endsLikeSentence(line);
        if (CAPTION_LINE.matcher(line).find())
            return Zone.Kind.CAPTION;
        if (index == 0) {
            if (CAPTION_CUE.matcher(line).find() || ENDS_WITH_DATE.matcher(line).matches())
                return Zone.Kind.CAPTION;
            return !sentenceLike && line.length() < 250 ? Zone.Kind.TITLE : Zone.Kind.BODY;
        }
        if (index == 1 && previous == Zone.Kind.TITLE && !sentenceLike && line.length() < 300)
            return Zone.Kind.SUBTITLE;
        if (!sentenceLike && line.length() < 100 && wordCount(line) <= 10 && !BULLET.matcher(line).find())
            return Zone.Kind.HEADING;
        return Zone.Kind.BODY;
    }

    /** Short lines at the very end ("- News", "Tags: …") are labels, not content. */
    private static void markTrailingLabels(String text, List<Span> lines, List<Zone.Kind> kinds) {
        for (int i = lines.size() - 1; i > 0; i--) {
            String line = lines.get(i).of(text);
            if (endsLikeSentence(line) || !LABEL.matcher(line).matches())
                return;
            kinds.set(i, Zone.Kind.LABEL);
        }
    }

    private static boolean endsLikeSentence(String line) {
        String s = line.stripTrailing().replaceAll("[\"”’')\\]]+$", "");
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") || s.endsWith("…") || s.endsWith(":");
    }

    private static int wordCount(String line) { return line.strip().split("\\s+").length; }

    private static Span stripBullet(String text, Span line) {
        var m = BULLET.matcher(line.of(text));
        return m.find() ? new Span(line.begin() + m.end(), line.end()) : line;
    }

    /** Non-blank lines, trimmed of surrounding white space. */
    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int b = start, e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) b++;
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > b)
                lines.add(new Span(b, e));
            if (nl < 0)
                break;
            start = nl + 1;
        }
        return lines;
    }
}
