package dk.hrassistenten.knowledge.source;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A place HR documents come from: a folder, a web site, a SharePoint document library. The knowledge base asks
 * each source on its own schedule for what it holds now and indexes the union; a source that fails keeps the
 * documents of its last good fetch and never stops the others.
 *
 * <p>Implementations are used from one thread at a time (the source's own schedule), may remember what they
 * fetched before to fetch only changes (conditional GET, Graph delta), and own what they open until {@link #close()}.
 */
public interface DocumentSource extends AutoCloseable {

    /** The name the sources file gives this source, as reports, logs and metrics show it. Never null. */
    String name();

    /**
     * Everything the source holds now, read and converted to text. A document that cannot be read is left out
     * with a warning naming it; it does not fail the fetch.
     *
     * @param progress told "read N of M" now and then during a long fetch; may be a no-op
     * @throws IOException when the source as a whole cannot be read (down, refused, 401): the caller keeps the
     *                     documents of the last good fetch and reports the source as failing, with this message
     */
    FetchedDocuments fetch(Consumer<String> progress) throws IOException;

    /** How long after a fetch the source is fetched again, changed or not (a network volume does not notify). */
    Duration interval();

    /**
     * Starts telling {@code changed} when the source knows it changed before its interval is up (a local folder's
     * file events). The default: the source has no such signal and is only fetched on its interval.
     */
    default void watch(Runnable changed) throws IOException {
    }

    @Override
    default void close() throws IOException {
    }
}
