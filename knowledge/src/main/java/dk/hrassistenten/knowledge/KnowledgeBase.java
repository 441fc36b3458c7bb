package dk.hrassistenten.knowledge;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge as it is now: the current {@link KnowledgeSnapshot}, replaced whole when the corpus
 * changes, so that no request ever sees a half-built index. Thread-safe.
 */
public final class KnowledgeBase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);
    /** Changes are collected this long before re-indexing, so that copying a folder of files re-indexes once. */
    private static final Duration SETTLE = Duration.ofMillis(700);

    /**
     * A re-index that finds fewer than this fraction of the documents the current index has is taken for a
     * source that failed (a mount gone, a sync half done), not for an edit: nobody removes more than half of
     * the HR documents at once, and answering "not found" to most questions is worse than answering from the
     * documents as they were until someone looks. Exactly half is still an edit (two documents become one).
     */
    static final double SMALLEST_KEPT_FRACTION = 0.5;

    private final Path corpus;
    private final AtomicReference<KnowledgeSnapshot> current = new AtomicReference<>();
    /** Why the index is not ready though one is built; null when it is. */
    private volatile String notReady;
    private volatile WatchService watcher;
    private Thread watchThread;

    public KnowledgeBase(Path corpus) {
        this.corpus = corpus;
    }

    /** The current snapshot, or null before the first build has finished. */
    public KnowledgeSnapshot current() {
        return current.get();
    }

    /** Whether an index is ready and the last re-index was taken. */
    public boolean ready() {
        return notReadyReason().isEmpty();
    }

    /** Why the index is not ready, for a person to read (no paths, no file contents); empty when it is ready. */
    public Optional<String> notReadyReason() {
        if (current.get() == null) {
            return Optional.of(notReady != null ? notReady : "the index is being built");
        }
        return Optional.ofNullable(notReady);
    }

    /**
     * Reads the corpus and swaps the new snapshot in, unless the read failed, found no documents, or lost most
     * of them ({@link #SMALLEST_KEPT_FRACTION}): then the previous snapshot stays, readiness says why, and the
     * log has an error. A first build that finds no documents is swapped in (there is nothing to keep) but is
     * not ready either.
     *
     * @return the snapshot that answers now
     * @throws RuntimeException when the corpus could not be read at all (logged; the previous snapshot stays)
     */
    public synchronized KnowledgeSnapshot reload(Consumer<String> progress) {
        long start = System.nanoTime();
        KnowledgeSnapshot snapshot;
        try {
            snapshot = KnowledgeSnapshot.build(corpus, progress);
        } catch (RuntimeException e) {
            notReady = current.get() == null ? "building the index failed" : "the last re-index failed; the previous index keeps answering";
            LOG.error("re-index of the corpus failed; keeping the previous index", e);
            throw e;
        }
        KnowledgeSnapshot previous = current.get();
        int found = snapshot.documents().size();
        if (previous != null && found < previous.documents().size() * SMALLEST_KEPT_FRACTION) {
            int had = previous.documents().size();
            notReady = (found == 0 ? "the last re-index found no documents" : "the last re-index found only " + found + " of the " + had + " documents")
                    + "; the previous index (" + had + " documents) keeps answering";
            LOG.error("corpus {}: {}. Is the folder mounted? If the documents were removed on purpose, restart the service.", corpus, notReady);
            return previous;
        }
        // The old snapshot is not closed: requests may still be reading it; it lives in memory and the GC frees it.
        current.set(snapshot);
        if (found == 0) {
            notReady = "no documents in the corpus folder";
            LOG.error("corpus {}: no documents found; is the folder mounted?", corpus);
            return snapshot;
        }
        notReady = null;
        LOG.info("indexed {} documents, {} passages, {} units in {} ms", found, snapshot.passages().size(),
                snapshot.units().units().size(), (System.nanoTime() - start) / 1_000_000);
        return snapshot;
    }

    /** Starts watching the corpus folder (recursively) and re-indexes within seconds of a change. */
    public synchronized void watch() throws IOException {
        if (watcher != null) {
            return;
        }
        watcher = FileSystems.getDefault().newWatchService();
        registerTree(corpus);
        watchThread = new Thread(this::watchLoop, "corpus-watcher");
        watchThread.setDaemon(true);
        watchThread.start();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watchLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                boolean changed = drain(key);
                // Let a burst of changes settle, then re-index once.
                WatchKey more;
                while ((more = watcher.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    registerTree(corpus); // new sub-folders
                    try {
                        reload(p -> { });
                    } catch (RuntimeException e) {
                        // logged in reload; readiness reports it, the previous index keeps answering
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.error("stopped watching the corpus folder", e);
        }
    }

    private static boolean drain(WatchKey key) {
        boolean any = !key.pollEvents().isEmpty();
        key.reset();
        return any;
    }

    @Override
    public synchronized void close() throws IOException {
        if (watcher != null) {
            watcher.close();
            watchThread.interrupt();
            watcher = null;
        }
    }
}
