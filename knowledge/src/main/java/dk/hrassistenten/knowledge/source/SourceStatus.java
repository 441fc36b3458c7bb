package dk.hrassistenten.knowledge.source;

import java.time.Instant;
import java.util.Objects;

/**
 * How one source fares, for the index command, readiness and metrics.
 *
 * @param kind        what the sources file calls it: folder, web, sharepoint
 * @param failing     whether its last fetch failed; its {@code documents} are then those of its last good fetch
 * @param message     why it is failing, for a person to act on (no document contents); null when it is not
 * @param documents   how many documents it gives the index now
 * @param warnings    how many documents its last good fetch left out
 * @param lastSuccess when a fetch last succeeded; null before the first
 */
public record SourceStatus(String name, String kind, boolean failing, String message, int documents, int warnings, Instant lastSuccess) {
    public SourceStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** A source not fetched yet. */
    static SourceStatus waiting(String name, String kind) {
        return new SourceStatus(name, kind, false, null, 0, 0, null);
    }

    SourceStatus succeeded(int documentCount, int warningCount, Instant at) {
        return new SourceStatus(name, kind, false, null, documentCount, warningCount, at);
    }

    SourceStatus failed(String why) {
        return new SourceStatus(name, kind, true, why, documents, warnings, lastSuccess);
    }
}
