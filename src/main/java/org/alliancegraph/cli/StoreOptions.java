package org.alliancegraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.alliancegraph.rdf.UriScheme;

/** Options every command that touches the store shares. */
public final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--base", paramLabel = "URI", defaultValue = UriScheme.DEFAULT_BASE,
            description = "Base of all minted URIs (default: ${DEFAULT-VALUE}).")
    String base;

    UriScheme uris() { return new UriScheme(base); }
}
