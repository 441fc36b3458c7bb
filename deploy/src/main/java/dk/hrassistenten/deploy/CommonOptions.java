package dk.hrassistenten.deploy;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command that answers takes (contract.md); each falls back to its environment variable. */
public final class CommonOptions {

    @Mixin
    CorpusOption corpus = new CorpusOption();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--forums", paramLabel = "FILE", description = "Committees that take agenda items, YAML (env HR_ASSISTANT_FORUMS; default: the shipped example).")
    String forums;

    @Option(names = "--units", paramLabel = "FILE", description = "Optional unit contacts and aliases, YAML (env HR_ASSISTANT_UNITS).")
    String units;

    @Option(names = "--audiences", paramLabel = "FILE", description = "Who may see documents marked for an audience, YAML (env HR_ASSISTANT_AUDIENCES).")
    String audiences;
}
