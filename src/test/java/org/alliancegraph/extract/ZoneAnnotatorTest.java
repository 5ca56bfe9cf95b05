package org.alliancegraph.extract;

import static org.alliancegraph.extract.AnnotatorFixtures.document;
import static org.alliancegraph.extract.AnnotatorFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ZoneAnnotatorTest {

    private static List<Zone.Kind> kinds(String text) {
        return run(document(text), new ZoneAnnotator()).zones().stream().map(Zone::kind).toList();
    }

    @Test
    void headlineStandfirstBodyAndBoilerplate() {
        String text = """
                Allies pledge more air defence to Ukraine
                Ministers meet as winter approaches
                Germany said on Monday it would send two more systems.

                Read also: Earlier story about something else
                Related
                - First related link
                - Second related link
                The minister added that deliveries start in March.
                - News""";
        assertEquals(List.of(Zone.Kind.TITLE, Zone.Kind.SUBTITLE, Zone.Kind.BODY, Zone.Kind.READ_ALSO,
                Zone.Kind.RELATED, Zone.Kind.RELATED, Zone.Kind.RELATED, Zone.Kind.BODY, Zone.Kind.LABEL), kinds(text));
    }

    @Test
    void captionAndBylineAtTheTop() {
        String text = """
                The minister greets troops in Riga Feb. 12, 2025.
                By Jane Doe – THE NORTHERN HERALD
                The minister arrived on Wednesday.""";
        assertEquals(List.of(Zone.Kind.CAPTION, Zone.Kind.BYLINE, Zone.Kind.BODY), kinds(text));
    }

    @Test
    void aLabelledOrCreditedCaptionIsACaptionWhereverItStands() {
        String text = """
                Allies pledge more air defence to Ukraine
                Germany said on Monday it would send two more systems.
                Photo: Soldiers unload crates in Odesa on 3 March. © Harbour Wire / Ines Vidal
                The systems will arrive next month.
                Photo caption: The minister in Berlin. Credit: Spree Post / Jan Koch
                A photo: the minister smiled as he spoke.""";
        assertEquals(List.of(Zone.Kind.TITLE, Zone.Kind.BODY, Zone.Kind.CAPTION, Zone.Kind.BODY, Zone.Kind.CAPTION, Zone.Kind.BODY),
                kinds(text));
    }

    @Test
    void aBulletThatIsASentenceIsContentWithoutItsMarker() {
        Document d = run(document("Title line\nFirst paragraph here.\n- The day before, the minister spoke."), new ZoneAnnotator());
        Zone last = d.zones().get(2);
        assertEquals(Zone.Kind.BODY, last.kind());
        assertEquals("The day before, the minister spoke.", d.text(last.span()));
    }

    @Test
    void aNewsletterPromptIsBoilerplate() {
        String text = """
                Allies pledge more air defence to Ukraine
                Germany said on Monday it would send two more systems.
                Subscribe to the Baltic Courier evening newsletter
                The minister signed up for talks on Friday.""";
        assertEquals(List.of(Zone.Kind.TITLE, Zone.Kind.BODY, Zone.Kind.READ_ALSO, Zone.Kind.BODY), kinds(text));
    }
}
