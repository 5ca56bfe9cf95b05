package org.alliancegraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.TestSupport;
import org.alliancegraph.ingest.ArticleReader;
import org.alliancegraph.ingest.ArticleRejectedException;

/** Runs the annotators up to statements and positions on inline text or a seed. */
final class FactFixtures {
    private FactFixtures() {}

    /**
     * Stands in for a cue-based entity annotator: marks each given name as a person mention, so the
     * tests show that speakers come from whatever mentions earlier annotators left.
     */
    record People(List<String> names) implements Annotator {
        @Override
        public void annotate(Document d) {
            for (String name : names) {
                String key = "person/" + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "-");
                d.addEntity(new Entity(key, Entity.Kind.PERSON, name, List.of("Person"), false));
                Matcher m = Pattern.compile(Pattern.quote(name)).matcher(d.text());
                while (m.find()) {
                    Sentence s = d.sentenceAt(m.start()).orElseThrow();
                    d.addMention(new Mention(new Span(m.start(), m.end()), name, key, s.span(), 0.8));
                }
            }
        }
    }

    /** A body under a headline, published on {@code published} (may be null), with optional extra person names. */
    static Document annotate(String body, String published, String... people) {
        Map<String, String> header = new HashMap<>();
        if (published != null)
            header.put("published", published);
        Document d = AnnotatorFixtures.document("Headline\n" + body, header);
        List<Annotator> steps = new ArrayList<>(List.of(new ZoneAnnotator(), new SentenceAnnotator(),
                new MentionAnnotator(TestSupport.catalog())));
        if (people.length > 0)
            steps.add(new People(List.of(people)));
        steps.addAll(List.of(new MetadataAnnotator(TestSupport.catalog()), new DateAnnotator(), new MoneyAnnotator(),
                new StatementAnnotator(), new PositionAnnotator()));
        return AnnotatorFixtures.run(d, steps.toArray(Annotator[]::new));
    }

    /** A seed article through the standard pipeline. */
    static Document seed(String prefix) {
        try {
            var file = TestSupport.seedFiles().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Pipeline.standard(TestSupport.catalog()).run(new ArticleReader().read(file));
        } catch (ArticleRejectedException e) {
            throw new AssertionError(e);
        }
    }

    /** "speaker|D or R|words": D for a direct quotation, R for reported speech; "-" for no speaker. */
    static List<String> statements(Document d) {
        return d.statements().stream().map(s -> (s.speakerKey() == null ? "-" : s.speakerKey()) + "|" + (s.direct() ? "D" : "R")
                + "|" + d.text(s.words())).toList();
    }

    /** "holder|stance|candidate|organisation". */
    static List<String> positions(Document d) {
        return d.positions().stream().map(p -> String.join(",", p.holderKeys()) + "|" + p.stance() + "|" + p.candidateKey() + "|"
                + p.organisationKey()).toList();
    }

    static Facts.Statement statementWith(Document d, String words) {
        return d.statements().stream().filter(s -> d.text(s.words()).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement \"" + words + "\" in " + statements(d)));
    }
}
