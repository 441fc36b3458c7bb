package dk.hrassistenten.knowledge;

import dk.hrassistenten.knowledge.source.SourceSet;
import dk.hrassistenten.knowledge.source.SourceStatus;
import dk.hrassistenten.knowledge.store.IndexStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge as it is now: the current {@link KnowledgeSnapshot}, built from the documents of all sources and
 * replaced whole when one of them changes, so that no request ever sees a half-built index. Thread-safe.
 */
public final class KnowledgeBase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

    /**
     * A re-index that finds fewer than this fraction of the documents the current index has is taken for a
     * source that failed (a mount gone, a sync half done), not for an edit: nobody removes more than half of
     * the HR documents at once, and answering "not found" to most questions is worse than answering from the
     * documents as they were until someone looks. Exactly half is still an edit (two documents become one).
     */
    static final double SMALLEST_KEPT_FRACTION = 0.5;

    private final SourceSet sources;
    /** Where the index is kept between starts, or null to build it in memory at every start. */
    private final IndexStore store;
    private final AtomicReference<KnowledgeSnapshot> current = new AtomicReference<>();
    /** Why the index is not ready though one is built; null when it is. */
    private volatile String notReady;

    /** The documents of one folder ({@code --corpus}). */
    public KnowledgeBase(Path corpus) {
        this(SourceSet.ofFolder(corpus));
    }

    /** @param sources where the documents come from; closed with this */
    public KnowledgeBase(SourceSet sources) {
        this(sources, null);
    }

    /**
     * @param sources where the documents come from; closed with this
     * @param store   where the index is kept between starts (closed with this), or null to build it in memory
     */
    public KnowledgeBase(SourceSet sources, IndexStore store) {
        this.sources = sources;
        this.store = store;
    }

    /**
     * Answers from the index kept in the store, without reading a document, until the sources have been fetched: a
     * restart is ready in a second. Does nothing without a store or when it holds no documents.
     */
    public synchronized void openStored(Consumer<String> progress) {
        if (store == null || current.get() != null) {
            return;
        }
        StoredSnapshots.open(store, progress).ifPresent(stored -> {
            current.set(stored);
            notReady = null;
            LOG.info("opened the stored index: {} documents, {} passages", stored.documents().size(), stored.passages().size());
        });
    }

    /** The current snapshot, or null before the first build has finished. */
    public KnowledgeSnapshot current() {
        return current.get();
    }

    /** How each source fares, in the order they are listed. */
    public List<SourceStatus> sourceStatuses() {
        return sources.statuses();
    }

    /** Whether an index is ready and the last re-index was taken. */
    public boolean ready() {
        return notReadyReason().isEmpty();
    }

    /**
     * Why the index is not ready, for a person to read (no paths, no file contents); empty when it is ready. A
     * failing source whose last good documents still answer does not make the index unready: {@link #sourceStatuses()}
     * says which it is.
     */
    public Optional<String> notReadyReason() {
        if (current.get() == null) {
            return Optional.of(notReady != null ? notReady : "the index is being built");
        }
        return Optional.ofNullable(notReady);
    }

    /**
     * Fetches every source now and builds the index from what they hold (see {@link #rebuild}).
     *
     * @return the snapshot that answers now
     * @throws RuntimeException when indexing failed (logged; the previous snapshot stays)
     */
    public synchronized KnowledgeSnapshot reload(Consumer<String> progress) {
        sources.fetchAll(progress);
        return rebuild(progress);
    }

    /**
     * Indexes the documents of every source's last good fetch and swaps the new snapshot in, unless indexing
     * failed, found no documents, or lost most of them ({@link #SMALLEST_KEPT_FRACTION}): then the previous snapshot
     * stays, readiness says why, and the log has an error. A first build that finds no documents is swapped in
     * (there is nothing to keep) but is not ready either.
     */
    private synchronized KnowledgeSnapshot rebuild(Consumer<String> progress) {
        long start = System.nanoTime();
        SourceSet.Union union = sources.union();
        KnowledgeSnapshot previous = current.get();
        int found = union.documents().size();
        // Checked before anything is written: a store's removals cannot be taken back.
        int had = previous != null ? previous.documents().size() : store != null ? store.documents().size() : 0;
        if (had > 0 && found < had * SMALLEST_KEPT_FRACTION) {
            notReady = (found == 0 ? "the last re-index found no documents" : "the last re-index found only " + found + " of the " + had + " documents")
                    + "; the previous index (" + had + " documents) keeps answering" + failingSources();
            LOG.error("{}. Is a folder unmounted? If the documents were removed on purpose, restart the service.", notReady);
            return previous;
        }
        KnowledgeSnapshot snapshot;
        try {
            snapshot = store == null ? SnapshotBuilder.fromFetched(union.documents(), union.warnings(), progress) : written(union, progress);
        } catch (RuntimeException e) {
            notReady = current.get() == null ? "building the index failed" : "the last re-index failed; the previous index keeps answering";
            LOG.error("re-index of the documents failed; keeping the previous index", e);
            throw e;
        }
        // The old snapshot is not closed: requests may still be reading it; it lives in memory and the GC frees it.
        current.set(snapshot);
        if (found == 0) {
            notReady = "no documents in the sources" + failingSources();
            LOG.error("no documents found in any source ({}); is the folder mounted?", sources.statuses().stream()
                    .map(SourceStatus::name).collect(Collectors.joining(", ")));
            return snapshot;
        }
        notReady = null;
        LOG.info("indexed {} documents, {} passages, {} units in {} ms", found, snapshot.passages().size(),
                snapshot.units().units().size(), (System.nanoTime() - start) / 1_000_000);
        return snapshot;
    }

    /**
     * Writes the change to the store and returns the complete snapshot; the documents as they are now are searchable
     * (with the units as they were) while the units are extracted again.
     */
    private KnowledgeSnapshot written(SourceSet.Union union, Consumer<String> progress) {
        StoredSnapshots.Change change = StoredSnapshots.change(store, current.get(), union.documents(), union.warnings(), progress);
        current.set(change.searchable());
        return change.complete().get();
    }

    /** "; failing: intranet (connection refused)" for the sources whose last fetch failed; empty when none did. */
    private String failingSources() {
        String failing = sources.statuses().stream().filter(SourceStatus::failing).map(s -> s.name() + " (" + s.message() + ")")
                .collect(Collectors.joining(", "));
        return failing.isEmpty() ? "" : "; failing: " + failing;
    }

    /**
     * Starts fetching every source on its schedule (a folder also within a second of a file event) and re-indexes
     * when one changed.
     */
    public void watch() {
        sources.start(() -> {
            try {
                rebuild(p -> { });
            } catch (RuntimeException e) {
                // logged in rebuild; readiness reports it, the previous index keeps answering
            }
        });
    }

    @Override
    public void close() {
        sources.close();
        if (store != null) {
            try {
                store.close();
            } catch (java.io.IOException e) {
                LOG.warn("closing the index store failed", e);
            }
        }
    }
}
