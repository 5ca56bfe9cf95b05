package org.alliancegraph.cli;

import java.util.concurrent.Callable;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.alliancegraph.rdf.OntologyFiles;
import org.alliancegraph.store.KnowledgeStore;
import org.alliancegraph.store.StoreValidator;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate the whole store against the SHACL shapes (ontology/shapes.ttl).",
                "Prints the report; exits 1 if there is any violation (warnings alone pass)."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Override
    public Integer call() {
        KnowledgeStore kg = KnowledgeStore.open(store.data, store.uris());
        ValidationReport report = new StoreValidator(OntologyFiles.shapes()).validate(kg);
        long violations = StoreValidator.violations(report);
        if (!report.conforms())
            ShLib.printReport(System.out, report);
        System.err.printf("%d article(s); %d violation(s), %d warning(s) or note(s)%n", kg.articleSlugs().size(),
                violations, report.getEntries().size() - violations);
        return violations == 0 ? Main.OK : Main.FAILED;
    }
}
