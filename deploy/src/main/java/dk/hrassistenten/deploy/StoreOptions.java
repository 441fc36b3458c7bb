package dk.hrassistenten.deploy;

import picocli.CommandLine.Option;

/** The options of the store alone: what commands that only read or change stored records take (unanswered, privacy). */
public final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Where state lives (env HR_ASSISTANT_DATA; default data/).")
    String data;

    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of the store; empty = embedded H2 under --data (env HR_ASSISTANT_DB_URL).")
    String db;
}
