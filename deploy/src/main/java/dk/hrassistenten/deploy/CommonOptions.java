package dk.hrassistenten.deploy;

import picocli.CommandLine.Option;

/** The options every command takes (contract.md); each falls back to its environment variable. */
public final class CommonOptions {

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of documents, read recursively (env HR_ASSISTANT_CORPUS; default corpus/).")
    String corpus;

    @Option(names = "--data", paramLabel = "DIR", description = "Where state lives (env HR_ASSISTANT_DATA; default data/).")
    String data;

    @Option(names = "--forums", paramLabel = "FILE", description = "Committees that take agenda items, YAML (env HR_ASSISTANT_FORUMS; default: the shipped example).")
    String forums;

    @Option(names = "--units", paramLabel = "FILE", description = "Optional unit contacts and aliases, YAML (env HR_ASSISTANT_UNITS).")
    String units;

    @Option(names = "--audiences", paramLabel = "FILE", description = "Who may see documents marked for an audience, YAML (env HR_ASSISTANT_AUDIENCES).")
    String audiences;

    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of the store; empty = embedded H2 under --data (env HR_ASSISTANT_DB_URL).")
    String db;
}
