package org.alliancegraph.server.guard;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpSlice;

/**
 * A cap on OFFSET. ARQ skips the offset rows while it builds the query plan, before the query
 * timeout can stop anything (QueryIterSlice, Jena 5.6): a query with a huge OFFSET over a large
 * join holds a thread for as long as the skipping takes, whatever the timeout says.
 */
final class OffsetLimit {
    /** About a second of skipping on a 2-core machine; deeper pages need a filter, not an offset. */
    static final long MAX_OFFSET = 1_000_000;

    private OffsetLimit() {}

    /** The largest OFFSET anywhere in the query (sub-queries too), or 0; -1 if it does not parse (Fuseki will say why). */
    static long largestOffset(String queryString) {
        if (queryString == null || !queryString.toLowerCase(java.util.Locale.ROOT).contains("offset"))
            return 0;
        Query query;
        try {
            query = QueryFactory.create(queryString, Syntax.syntaxARQ);
        } catch (RuntimeException e) {
            return -1;
        }
        AtomicLong largest = new AtomicLong(Math.max(0, query.getOffset()));
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpSlice slice) {
                largest.accumulateAndGet(slice.getStart(), Math::max);
            }
        });
        return largest.get();
    }
}
