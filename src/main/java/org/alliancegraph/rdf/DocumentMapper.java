package org.alliancegraph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import org.alliancegraph.Version;
import org.alliancegraph.extract.ArticleMetadata;
import org.alliancegraph.extract.Document;
import org.alliancegraph.extract.Entity;
import org.alliancegraph.extract.Facts;
import org.alliancegraph.extract.KnownActor;
import org.alliancegraph.extract.Mention;
import org.alliancegraph.extract.MoneyAmount;
import org.alliancegraph.extract.ReferenceCatalog;
import org.alliancegraph.extract.Span;

/**
 * Maps an annotated {@link Document} to RDF (CONTRACT §3): the article, its entities with their
 * surface forms, its facts, and an {@code ag:Evidence} with code-point offsets for each. Fact URIs
 * are made from what identifies the fact in the world (donor, recipient, amount…), never from the
 * article, so several articles reporting one fact add evidence to one resource. A pure function
 * of the document.
 */
public final class DocumentMapper {
    /** The "what" of a pledge the text names with neither amount nor items. */
    private static final String UNSPECIFIED_CONTRIBUTION = "contribution";
    private final UriScheme uris;
    private final ReferenceCatalog catalog;

    public DocumentMapper(UriScheme uris, ReferenceCatalog catalog) {
        this.uris = uris;
        this.catalog = catalog;
    }

    public ArticleGraph map(Document doc) {
        Mapping m = new Mapping(doc);
        m.article();
        m.entities();
        doc.roles().forEach(m::role);
        doc.events().forEach(m::event);
        for (int i = 0; i < doc.statements().size(); i++)
            m.statement(i);
        doc.positions().forEach(m::position);
        doc.pledges().forEach(m::pledge);
        return new ArticleGraph(m.slug, uris.articleGraph(m.slug), doc.article().contentHash(), m.model.getGraph(),
                referenceGraph(m.actors));
    }

    /** The state of mapping one document. */
    private final class Mapping {
        final Document doc;
        final String slug;
        final Model model = ModelFactory.createDefaultModel();
        final Resource article;
        final Map<String, Resource> evidences = new HashMap<>();
        /** Keys of every entity the article names or a fact refers to: their reference entries go along. */
        final Set<String> actors = new LinkedHashSet<>();

        Mapping(Document doc) {
            this.doc = doc;
            this.slug = doc.article().slug();
            this.article = model.createResource(uris.article(slug));
        }

        void article() {
            ArticleMetadata meta = doc.metadata();
            Resource activity = model.createResource(uris.entity("activity", slug + "-" + doc.article().contentHash().substring(0, 12)))
                    .addProperty(RDF.type, AG.LoadActivity)
                    .addProperty(RDF.type, PROV.Activity)
                    .addProperty(RDFS.label, "Extraction of " + doc.article().sourceFile(), "en")
                    .addProperty(AG.softwareVersion, Version.VERSION)
                    .addProperty(PROV.used, article)
                    .addProperty(PROV.wasAssociatedWith, model.createResource(uris.entity("software", "alliancegraph"))
                            .addProperty(RDF.type, PROV.SoftwareAgent)
                            .addProperty(RDFS.label, "AllianceGraph loader", "en"));
            model.createResource(uris.articleGraph(slug)).addProperty(PROV.wasGeneratedBy, activity);

            article.addProperty(RDF.type, AG.Article)
                   .addProperty(AG.text, doc.text())
                   .addProperty(AG.sourceFile, doc.article().sourceFile())
                   .addProperty(AG.contentHash, doc.article().contentHash());
            if (meta.title() != null)
                article.addProperty(DCTerms.title, meta.title());
            if (meta.published() != null)
                article.addProperty(SCHEMA.datePublished, date(meta.published()));
            if (meta.publisherKey() != null)
                article.addProperty(SCHEMA.publisher, entity(meta.publisherKey()));
            if (meta.authorKey() != null)
                article.addProperty(SCHEMA.author, entity(meta.authorKey()));
            if (meta.sourceUrl() != null)
                article.addProperty(SCHEMA.url, model.createResource(meta.sourceUrl()));
            for (String cited : meta.citedSourceKeys())
                article.addProperty(AG.citesSource, entity(cited));
            article.addLiteral(AG.inferred, !meta.inferred().isEmpty());
            for (ArticleMetadata.Field field : meta.inferred())
                article.addProperty(AG.inferredProperty, switch (field) {
                    case TITLE -> DCTerms.title;
                    case PUBLISHED -> SCHEMA.datePublished;
                    case PUBLISHER -> SCHEMA.publisher;
                    case AUTHOR -> SCHEMA.author;
                });
        }

        void entities() {
            actors.addAll(doc.entities().keySet());
            for (Entity entity : doc.entities().values()) {
                Resource r = describe(model, entity);
                r.addProperty(AG.mentionedIn, article);
                for (String surface : entity.surfaces())
                    if (showsAsAltLabel(entity, surface))
                        r.addProperty(SKOS.altLabel, surface, "en");
            }
            for (Mention mention : doc.mentions())
                entity(mention.entityKey()).addProperty(AG.evidence, evidence(mention.context()));
        }

        /** A role is a tenure: the person holds the post, from a date when the text gives one. */
        void role(Facts.Role r) {
            String postKey = UriScheme.slug(r.post() + "-" + tail(r.organisationKey()));
            Resource post = model.createResource(uris.entity("post", postKey))
                    .addProperty(RDF.type, org.apache.jena.vocabulary.ORG.Post)
                    .addProperty(RDFS.label, r.post(), "en")
                    .addProperty(org.apache.jena.vocabulary.ORG.postIn, actor(r.organisationKey()));
            Resource person = actor(r.personKey()).addProperty(org.apache.jena.vocabulary.ORG.holds, post);
            Resource tenure = model.createResource(uris.entity("tenure", UriScheme.slug(tail(r.personKey()) + "-" + postKey)))
                    .addProperty(RDF.type, AG.Tenure)
                    .addProperty(RDFS.label, labelOf(r.personKey()) + ", " + r.post() + " of " + labelOf(r.organisationKey()), "en")
                    .addProperty(AG.post, post);
            if (r.since() != null)
                tenure.addProperty(AG.startDate, date(r.since()));
            person.addProperty(AG.tenure, tenure);
            fact(tenure, r.evidence(), r.confidence());
        }

        void event(Facts.Event e) {
            Resource r = eventResource(e.key())
                    .addProperty(RDF.type, AG.Event)
                    .addProperty(RDF.type, model.createResource(AG.NS + e.type().name()))
                    .addProperty(RDFS.label, e.label(), "en")
                    .addProperty(AG.startDate, date(e.start()));
            if (e.end() != null && !e.end().equals(e.start()))
                r.addProperty(AG.endDate, date(e.end()));
            if (e.dateText() != null)
                r.addProperty(AG.dateText, e.dateText());
            if (e.locationKey() != null)
                r.addProperty(AG.location, actor(e.locationKey()));
            for (String participant : e.participantKeys())
                r.addProperty(AG.participant, actor(participant));
            fact(r, e.evidence(), e.confidence());
        }

        /**
         * Statements are identified by speaker and words, so the same quotation in two articles is
         * one statement with two evidences.
         */
        void statement(int index) {
            Facts.Statement st = doc.statements().get(index);
            Resource r = statementResource(index)
                    .addProperty(RDF.type, AG.Statement)
                    .addProperty(AG.text, doc.text(st.words()))
                    .addLiteral(AG.direct, st.direct());
            if (st.speakerKey() != null)
                r.addProperty(AG.speaker, actor(st.speakerKey()));
            if (st.date() != null)
                r.addProperty(AG.date, date(st.date()));
            if (st.eventKey() != null)
                r.addProperty(AG.atEvent, eventResource(st.eventKey()));
            fact(r, st.evidence(), st.confidence());
        }

        void position(Facts.Position p) {
            String key = UriScheme.slug(String.join("-", p.holderKeys().stream().map(DocumentMapper::tail).toList())
                    + "-" + tail(p.candidateKey()) + "-" + tail(p.organisationKey()) + "-" + p.stance().name()
                    + (p.date() == null ? "" : "-" + p.date()));
            Resource r = model.createResource(uris.entity("position", key))
                    .addProperty(RDF.type, AG.MembershipPosition)
                    .addProperty(RDFS.label, String.join(", ", p.holderKeys().stream().map(this::labelOf).toList()) + ": "
                            + labelOf(p.candidateKey()) + " in " + labelOf(p.organisationKey()) + " — " + p.stance().name(), "en")
                    .addProperty(AG.candidate, actor(p.candidateKey()))
                    .addProperty(AG.organisation, actor(p.organisationKey()))
                    .addProperty(AG.stance, model.createResource(AG.NS + p.stance().name()));
            for (String holder : p.holderKeys())
                r.addProperty(AG.holder, actor(holder));
            if (p.date() != null)
                r.addProperty(AG.date, date(p.date()));
            if (p.statement() >= 0)
                r.addProperty(AG.expressedIn, statementResource(p.statement()));
            fact(r, p.evidence(), p.confidence());
        }

        private Resource eventResource(String key) { return model.createResource(uris.entity("event", UriScheme.slug(key))); }

        private Resource statementResource(int index) {
            Facts.Statement st = doc.statements().get(index);
            String words = doc.text(st.words()).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            String speaker = st.speakerKey() == null ? "unattributed" : tail(st.speakerKey());
            return model.createResource(uris.entity("statement", UriScheme.slug(speaker + "-" + shortHash(words))));
        }

        void pledge(Facts.Pledge p) {
            // A contribution the text names without amount or items ("new contributions from Denmark") is keyed as such.
            String what = p.amount() != null
                    ? p.amount().value().toPlainString() + "-" + p.amount().currency().toLowerCase(Locale.ROOT)
                    : p.items() != null ? UriScheme.slug(p.items()) : UNSPECIFIED_CONTRIBUTION;
            String key = UriScheme.slug(tail(p.donorKey()) + "-" + tail(p.recipientKey()) + "-" + what);
            Resource r = model.createResource(uris.entity("pledge", key))
                    .addProperty(RDF.type, AG.Pledge)
                    .addProperty(RDFS.label, pledgeLabel(p), "en")
                    .addProperty(AG.donor, actor(p.donorKey()))
                    .addProperty(AG.recipient, actor(p.recipientKey()))
                    .addProperty(AG.status, model.createResource(AG.NS + p.status().name()));
            if (p.amount() != null)
                r.addProperty(AG.amount, amount(r.getURI() + "-amount", p.amount()));
            if (p.aidType() != null)
                r.addProperty(AG.aidType, model.createResource(AG.NS + p.aidType().name()));
            if (p.items() != null)
                r.addProperty(AG.items, p.items());
            if (p.periodStart() != null)
                r.addProperty(AG.periodStart, date(p.periodStart()));
            if (p.periodEnd() != null)
                r.addProperty(AG.periodEnd, date(p.periodEnd()));
            if (p.announcedAtEventKey() != null)
                r.addProperty(AG.announcedAt, eventResource(p.announcedAtEventKey()));
            fact(r, p.evidence(), p.confidence());
        }

        private String pledgeLabel(Facts.Pledge p) {
            String what = p.amount() != null
                    ? p.amount().currency() + " " + String.format(Locale.ROOT, "%,d", p.amount().value().toBigInteger())
                    : p.items() != null ? p.items() : UNSPECIFIED_CONTRIBUTION;
            return labelOf(p.donorKey()) + " to " + labelOf(p.recipientKey()) + ": " + what;
        }

        private Resource amount(String uri, MoneyAmount a) {
            return model.createResource(uri)
                    .addProperty(RDF.type, AG.MonetaryAmount)
                    .addLiteral(SCHEMA.value, model.createTypedLiteral(a.value().toPlainString(), XSDDatatype.XSDdecimal))
                    .addProperty(SCHEMA.currency, a.currency())
                    .addLiteral(AG.approximate, a.approximate())
                    .addProperty(AG.amountText, a.phrase());
        }

        /** Evidence and confidence, common to every fact. */
        private void fact(Resource r, Span evidence, double confidence) {
            r.addProperty(AG.evidence, evidence(evidence))
             .addLiteral(AG.confidence, model.createTypedLiteral(BigDecimal.valueOf(confidence).toPlainString(), XSDDatatype.XSDdecimal));
        }

        /** An entity the article names; a fact may also name one only implied (a capital's state): describe it too. */
        private Resource actor(String key) {
            actors.add(key);
            Resource r = entity(key);
            if (!doc.entities().containsKey(key))
                catalog.byKey(key).ifPresent(a -> describe(model, a.toEntity()).addProperty(AG.mentionedIn, article));
            return r;
        }

        private String labelOf(String key) {
            Entity e = doc.entities().get(key);
            if (e != null)
                return e.label();
            return catalog.byKey(key).map(KnownActor::label).orElse(tail(key));
        }

        private Resource entity(String key) { return model.createResource(uris.idBase() + key); }

        private Resource evidence(Span span) {
            return evidences.computeIfAbsent(span.begin() + "-" + span.end(), k -> {
                int begin = doc.codePointOffset(span.begin());
                int end = doc.codePointOffset(span.end());
                return model.createResource(uris.entity("evidence", slug + "-" + begin + "-" + end))
                        .addProperty(RDF.type, AG.Evidence)
                        .addProperty(AG.inArticle, article)
                        .addLiteral(AG.beginIndex, integer(begin))
                        .addLiteral(AG.endIndex, integer(end))
                        .addProperty(AG.exact, doc.text(span));
            });
        }

        private Literal integer(int value) { return model.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger); }

        private Literal date(LocalDate d) { return model.createTypedLiteral(d.toString(), XSDDatatype.XSDdate); }
    }

    private static String tail(String key) { return key.substring(key.indexOf('/') + 1); }

    /** Eight hex digits of SHA-256: short, stable names for facts identified by their words. */
    private static String shortHash(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Type and label go into the article graph too, so one article graph describes itself. */
    private Resource describe(Model m, Entity entity) {
        Resource r = m.createResource(uris.idBase() + entity.key());
        for (String type : entity.types())
            r.addProperty(RDF.type, m.createResource(AG.NS + type));
        r.addProperty(RDFS.label, entity.label(), "en");
        return r;
    }

    /** Surface forms other than the label, except generic references and shouting. */
    private static boolean showsAsAltLabel(Entity entity, String surface) {
        if (surface.equals(entity.label()) || surface.toLowerCase(Locale.ROOT).startsWith("the "))
            return false;
        boolean allCapitals = surface.equals(surface.toUpperCase(Locale.ROOT));
        return !allCapitals || surface.length() <= 5; // "EU" is a name; "DIPLOMATIC TIMES" in a byline is not
    }

    /** Canonical label, types, curated aliases and Wikidata links of the known actors among {@code keys}. */
    private Graph referenceGraph(Set<String> keys) {
        Model m = ModelFactory.createDefaultModel();
        for (String key : keys) {
            KnownActor actor = catalog.byKey(key).orElse(null);
            if (actor == null)
                continue;
            Resource r = describe(m, actor.toEntity());
            for (String alt : actor.altLabels())
                r.addProperty(SKOS.altLabel, alt, "en");
            for (String hidden : actor.hiddenLabels())
                r.addProperty(SKOS.hiddenLabel, hidden, "en");
            for (String same : actor.sameAs())
                r.addProperty(OWL.sameAs, m.createResource(same));
            if (actor.capitalOf() != null)
                r.addProperty(AG.capitalOf, m.createResource(uris.idBase() + actor.capitalOf()));
        }
        return m.getGraph();
    }
}
