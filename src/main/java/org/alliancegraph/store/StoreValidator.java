package org.alliancegraph.store;

import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.system.Txn;

/** SHACL validation of everything stored (the union of all named graphs) against {@code ontology/shapes.ttl}. */
public final class StoreValidator {
    private final Shapes shapes;

    public StoreValidator(Shapes shapes) { this.shapes = shapes; }

    public ValidationReport validate(KnowledgeStore store) {
        var dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> ShaclValidator.get().validate(shapes, dsg.getUnionGraph()));
    }

    /** Violations make the store invalid; warnings (e.g. an article without a known publisher) do not. */
    public static long violations(ValidationReport report) {
        return report.getEntries().stream().filter(e -> e.severity().level().equals(Severity.Violation.level())).count();
    }
}
