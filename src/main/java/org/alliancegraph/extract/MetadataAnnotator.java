package org.alliancegraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, publication date, publisher, author and cited sources. Header values win; otherwise
 * they are inferred from the text and marked as inferred: the headline, a date in the caption or
 * dateline, the byline ("By Gary Raynaldo – DIPLOMATIC TIMES"), "an Ukrinform correspondent".
 * News outlets named in the text other than the publisher are cited sources ("reports Politico").
 */
public final class MetadataAnnotator implements Annotator {
    /** People and outlets found only from a byline, without the reference list. */
    public static final double BYLINE_CONFIDENCE = 0.7;
    /** What a date line may hold besides its date: a weekday, "Published"/"Updated", a time. */
    private static final Pattern DATE_LINE_REST = Pattern.compile("(?i)[\\s,|:.–—-]*(?:(?:(?:published|updated|posted|on"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\d{1,2}[:.]\\d{2}\\b(?:\\s*[ap]\\.?m\\b\\.?)?|(?-i:[A-Z]{2,4})\\b)"
            + "[\\s,|:.–—-]*)*");
    private static final int DATE_LINE_MAX = 80;
    /** "Outlet/Name" closing a caption, after "(", "Credit:", "©" or a sentence; the outlet's words carry no full stop. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?<outlet>\\p{Lu}[\\p{L}&'’-]*(?:\\s+&?\\s*\\p{Lu}[\\p{L}'’-]*){0,3}?)"
            + "(?:\\s+Photos?)?\\s*/\\s*(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:de|van|von|da|di|du|der|den|ter|le|la)\\s+)?\\p{Lu}[\\p{L}'’-]+){1,3})"
            + "\\s*\\)?\\.?\\s*$");
    private static final Pattern CORRESPONDENT = Pattern.compile("\\s+(?:correspondent|reporter|journalist)s?\\b");

    private final ReferenceCatalog catalog;

    public MetadataAnnotator(ReferenceCatalog catalog) { this.catalog = catalog; }

    @Override
    public void annotate(Document document) {
        Map<String, String> header = document.article().header();
        ArticleMetadata meta = document.metadata();

        if (header.containsKey("title"))
            meta.setTitle(header.get("title"), false);
        else
            inferTitle(document).ifPresent(t -> meta.setTitle(t, true));

        if (header.containsKey("published"))
            meta.setPublished(LocalDate.parse(header.get("published")), false);
        else
            inferPublished(document).ifPresent(d -> meta.setPublished(d, true));

        if (header.containsKey("source-url"))
            meta.setSourceUrl(header.get("source-url"));

        readByline(document);
        readPhotoCredits(document);
        if (header.containsKey("author"))
            meta.setAuthorKey(personEntity(document, header.get("author")).key(), false);
        if (header.containsKey("publisher"))
            meta.setPublisherKey(outletEntity(document, header.get("publisher")).key(), false);
        else if (meta.publisherKey() == null)
            correspondentOutlet(document).ifPresent(key -> meta.setPublisherKey(key, true));

        for (Mention m : document.mentions()) {
            Entity e = document.entity(m.entityKey()).orElseThrow();
            if (e.types().contains("NewsOutlet") && !e.key().equals(meta.publisherKey()))
                meta.citedSourceKeys().add(e.key());
        }
    }

    /** The headline; a caption stands in for a missing one; else the first sentence. */
    private static Optional<String> inferTitle(Document document) {
        for (Zone.Kind kind : List.of(Zone.Kind.TITLE, Zone.Kind.CAPTION))
            for (Zone zone : document.zones())
                if (zone.kind() == kind)
                    return Optional.of(document.text(zone.span()));
        return document.sentences().stream().findFirst().map(s -> document.text(s.span()));
    }

    /**
     * A line that is only a date ("Wednesday 4 December 2024", "Published 20.12.2024, 08:15"), else a
     * full date in the headline, byline or caption, else the first full date in the text. A date
     * line wins over a caption, which often dates the photo rather than the article.
     */
    private static Optional<LocalDate> inferPublished(Document document) {
        for (Zone zone : document.zones()) {
            String line = document.text(zone.span());
            List<Dates.Found> dates = line.length() > DATE_LINE_MAX ? List.of() : Dates.fullDates(line);
            if (dates.size() == 1 && DATE_LINE_REST.matcher(line.substring(0, dates.get(0).span().begin())
                    + " " + line.substring(dates.get(0).span().end())).matches())
                return Optional.of(dates.get(0).date());
        }
        for (Zone zone : document.zones())
            if (zone.kind() == Zone.Kind.CAPTION || zone.kind() == Zone.Kind.TITLE || zone.kind() == Zone.Kind.BYLINE) {
                List<Dates.Found> dates = Dates.fullDates(document.text(zone.span()));
                if (!dates.isEmpty())
                    return Optional.of(dates.get(0).date());
            }
        return Dates.fullDates(document.text()).stream().findFirst().map(Dates.Found::date);
    }

    /** "By NAME – OUTLET": the author (and the publisher unless the header names one). */
    private void readByline(Document document) {
        ArticleMetadata meta = document.metadata();
        Map<String, String> header = document.article().header();
        for (Zone zone : document.zones()) {
            if (zone.kind() != Zone.Kind.BYLINE)
                continue;
            Matcher m = ZoneAnnotator.BYLINE.matcher(document.text()).region(zone.span().begin(), zone.span().end());
            if (!m.matches())
                continue;
            Entity author = personEntity(document, m.group("author"));
            creditMention(document, zone, m, "author", author);
            if (!header.containsKey("author"))
                meta.setAuthorKey(author.key(), true);
            if (m.group("coauthor") != null)
                creditMention(document, zone, m, "coauthor", personEntity(document, m.group("coauthor")));
            if (m.group("outlet") != null) {
                Entity outlet = outletEntity(document, m.group("outlet"));
                creditMention(document, zone, m, "outlet", outlet);
                if (!header.containsKey("publisher"))
                    meta.setPublisherKey(outlet.key(), true);
            }
            return;
        }
    }

    /**
     * A photo credit at the end of a caption ("(Agency/Name)", "Credit: Outlet / Name", "© Outlet / Name"): the
     * photographer and the outlet or agency are actors of the article, with no fact of their own.
     */
    private void readPhotoCredits(Document document) {
        for (Zone zone : document.zones()) {
            if (zone.kind() != Zone.Kind.CAPTION)
                continue;
            Matcher m = PHOTO_CREDIT.matcher(document.text()).region(zone.span().begin(), zone.span().end());
            if (!m.find())
                continue;
            creditMention(document, zone, m, "outlet", outletEntity(document, m.group("outlet")));
            creditMention(document, zone, m, "name", personEntity(document, m.group("name")));
        }
    }

    /** A mention of the name in {@code group} of a byline or credit line; its evidence is the line. */
    private static void creditMention(Document document, Zone zone, Matcher m, String group, Entity entity) {
        Span span = new Span(m.start(group), m.end(group));
        document.addMention(new Mention(span, m.group(group), entity.key(), zone.span(), BYLINE_CONFIDENCE));
    }

    /** "an Ukrinform correspondent in Brussels" names the publisher. */
    private static Optional<String> correspondentOutlet(Document document) {
        String text = document.text();
        for (Mention m : document.mentions()) {
            Entity e = document.entity(m.entityKey()).orElseThrow();
            if (!e.types().contains("NewsOutlet"))
                continue;
            Matcher after = CORRESPONDENT.matcher(text).region(m.span().end(), text.length());
            if (after.lookingAt())
                return Optional.of(e.key());
        }
        return Optional.empty();
    }

    private Entity personEntity(Document document, String name) {
        return catalog.byName(name).map(KnownActor::toEntity).map(document::addEntity)
                .orElseGet(() -> document.addEntity(new Entity("person/" + org.alliancegraph.rdf.UriScheme.slug(name),
                        Entity.Kind.PERSON, name.strip(), List.of("Person"), false)));
    }

    /** An outlet by name; "DIPLOMATIC TIMES" is the known "Diplomatic Times"; unknown ones get a title-cased label. */
    private Entity outletEntity(Document document, String name) {
        return catalog.byName(name).map(KnownActor::toEntity).map(document::addEntity)
                .orElseGet(() -> document.addEntity(new Entity("organisation/" + org.alliancegraph.rdf.UriScheme.slug(name),
                        Entity.Kind.ORGANISATION, titleCase(name.strip()), List.of("Organisation", "NewsOutlet"), false)));
    }

    private static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(java.util.Locale.ROOT)))
            return s;
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }
}
