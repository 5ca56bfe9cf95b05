package org.alliancegraph.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import org.alliancegraph.ingest.Printable;
import org.alliancegraph.store.KnowledgeStore;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove articles and everything extracted from them.",
                "ARTICLE is a slug (001_f6d04f62d38808dd), a file name, or the article or graph URI.",
                "Exits 1 if an article was not in the store."})
final class RemoveCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE")
    List<String> articles;

    @Override
    public Integer call() {
        KnowledgeStore kg = KnowledgeStore.open(store.data, store.uris());
        int missing = 0;
        for (String article : articles) {
            if (kg.remove(article)) {
                System.err.println("removed " + Printable.of(article));
            } else {
                System.err.println("not in the store: " + Printable.of(article));
                missing++;
            }
        }
        return missing == 0 ? Main.OK : Main.FAILED;
    }
}
