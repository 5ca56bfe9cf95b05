package org.alliancegraph.cli;

import java.io.UncheckedIOException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.alliancegraph.Version;
import org.alliancegraph.store.StoreException;

/**
 * {@code java -jar target/alliancegraph.jar COMMAND} (CONTRACT §5).
 * Exit codes: 0 success; 1 some articles refused, nothing to remove, or SHACL violations;
 * 2 bad command line; 3 the store or server could not be used.
 */
@Command(name = "alliancegraph", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "AllianceGraph: a knowledge graph of news about alliances, aid pledges and membership politics.",
        subcommands = {ServeCommand.class, LoadCommand.class, RemoveCommand.class, ExtractCommand.class,
                ValidateCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some articles refused, article not found, or SHACL violations",
                "2:invalid command line", "3:store or server could not be used"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int STORE_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { throw new CommandLine.ParameterException(spec.commandLine(), "a command is required"); }

    public static void main(String[] args) { System.exit(run(args)); }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof StoreException || e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
                commandLine.getErr().println("error: " + e.getMessage()
                        + (e instanceof UncheckedIOException io ? " (" + io.getCause().getMessage() + ")" : ""));
                return STORE_ERROR;
            }
            throw e;
        });
        return cli.execute(args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() { return new String[] {"AllianceGraph " + Version.VERSION}; }
    }
}
