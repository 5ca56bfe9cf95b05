package org.alliancegraph.rdf;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
import org.alliancegraph.extract.KnownActor;
import org.alliancegraph.extract.Mention;
import org.alliancegraph.extract.ReferenceCatalog;
import org.alliancegraph.extract.Span;

/**
 * Maps an annotated {@link Document} to RDF (CONTRACT §3): the article, its entities with their
 * surface forms, and an {@code ag:Evidence} with code-point offsets for every mention. Pure
 * function of the document, so the same article always maps to the same triples.
 */
public final class DocumentMapper {
    private final UriScheme uris;
    private final ReferenceCatalog catalog;

    public DocumentMapper(UriScheme uris, ReferenceCatalog catalog) {
        this.uris = uris;
        this.catalog = catalog;
    }

    public ArticleGraph map(Document doc) {
        String slug = doc.article().slug();
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(uris.article(slug));
        Resource graph = m.createResource(uris.articleGraph(slug));

        Resource activity = m.createResource(uris.entity("activity", slug + "-" + doc.article().contentHash().substring(0, 12)))
                .addProperty(RDF.type, AG.LoadActivity)
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(RDFS.label, "Extraction of " + doc.article().sourceFile(), "en")
                .addProperty(AG.softwareVersion, Version.VERSION)
                .addProperty(PROV.used, article)
                .addProperty(PROV.wasAssociatedWith, m.createResource(uris.entity("software", "alliancegraph"))
                        .addProperty(RDF.type, PROV.SoftwareAgent)
                        .addProperty(RDFS.label, "AllianceGraph loader", "en"));
        graph.addProperty(PROV.wasGeneratedBy, activity);

        mapArticle(doc, m, article);

        Map<String, Resource> evidences = new LinkedHashMap<>();
        for (Entity entity : doc.entities().values()) {
            Resource r = entityResource(m, entity);
            r.addProperty(AG.mentionedIn, article);
            for (String surface : entity.surfaces())
                if (showsAsAltLabel(entity, surface))
                    r.addProperty(SKOS.altLabel, surface, "en");
        }
        for (Mention mention : doc.mentions()) {
            Resource evidence = evidences.computeIfAbsent(spanKey(mention.context()),
                    k -> evidence(m, doc, article, slug, mention.context()));
            m.getResource(uris.idBase() + mention.entityKey()).addProperty(AG.evidence, evidence);
        }

        return new ArticleGraph(slug, graph.getURI(), doc.article().contentHash(), m.getGraph(), referenceGraph(doc));
    }

    private void mapArticle(Document doc, Model m, Resource article) {
        ArticleMetadata meta = doc.metadata();
        article.addProperty(RDF.type, AG.Article)
               .addProperty(AG.text, doc.text())
               .addProperty(AG.sourceFile, doc.article().sourceFile())
               .addProperty(AG.contentHash, doc.article().contentHash());
        if (meta.title() != null)
            article.addProperty(DCTerms.title, meta.title());
        if (meta.published() != null)
            article.addProperty(SCHEMA.datePublished, m.createTypedLiteral(meta.published().toString(), XSDDatatype.XSDdate));
        if (meta.publisherKey() != null)
            article.addProperty(SCHEMA.publisher, m.createResource(uris.idBase() + meta.publisherKey()));
        if (meta.authorKey() != null)
            article.addProperty(SCHEMA.author, m.createResource(uris.idBase() + meta.authorKey()));
        if (meta.sourceUrl() != null)
            article.addProperty(SCHEMA.url, m.createResource(meta.sourceUrl()));
        for (String cited : meta.citedSourceKeys())
            article.addProperty(AG.citesSource, m.createResource(uris.idBase() + cited));
        article.addLiteral(AG.inferred, !meta.inferred().isEmpty());
        for (ArticleMetadata.Field field : meta.inferred())
            article.addProperty(AG.inferredProperty, switch (field) {
                case TITLE -> DCTerms.title;
                case PUBLISHED -> SCHEMA.datePublished;
                case PUBLISHER -> SCHEMA.publisher;
                case AUTHOR -> SCHEMA.author;
            });
    }

    /** Type and label go into the article graph too, so one article graph describes itself. */
    private Resource entityResource(Model m, Entity entity) {
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

    private Resource evidence(Model m, Document doc, Resource article, String slug, Span span) {
        int begin = doc.codePointOffset(span.begin());
        int end = doc.codePointOffset(span.end());
        return m.createResource(uris.entity("evidence", slug + "-" + begin + "-" + end))
                .addProperty(RDF.type, AG.Evidence)
                .addProperty(AG.inArticle, article)
                .addLiteral(AG.beginIndex, integer(m, begin))
                .addLiteral(AG.endIndex, integer(m, end))
                .addProperty(AG.exact, doc.text(span));
    }

    private static Literal integer(Model m, int value) {
        return m.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }

    private static String spanKey(Span s) { return s.begin() + "-" + s.end(); }

    /** Canonical label, types, curated aliases and Wikidata links of the known actors in the document. */
    private Graph referenceGraph(Document doc) {
        Model m = ModelFactory.createDefaultModel();
        for (Entity entity : doc.entities().values()) {
            KnownActor actor = catalog.byKey(entity.key()).orElse(null);
            if (actor == null)
                continue;
            Resource r = entityResource(m, entity);
            for (String alt : actor.altLabels())
                r.addProperty(SKOS.altLabel, alt, "en");
            for (String hidden : actor.hiddenLabels())
                r.addProperty(SKOS.hiddenLabel, hidden, "en");
            for (String same : actor.sameAs())
                r.addProperty(OWL.sameAs, m.createResource(same));
        }
        return m.getGraph();
    }
}
