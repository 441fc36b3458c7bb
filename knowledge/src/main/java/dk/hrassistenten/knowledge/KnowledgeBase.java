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

    private final Path corpus;
    private final AtomicReference<KnowledgeSnapshot> current = new AtomicReference<>();
    private volatile boolean lastReloadFailed;
    private volatile WatchService watcher;
    private Thread watchThread;

    public KnowledgeBase(Path corpus) {
        this.corpus = corpus;
    }

    /** The current snapshot, or null before the first build has finished. */
    public KnowledgeSnapshot current() {
        return current.get();
    }

    /** Whether an index is ready and the last re-index succeeded. */
    public boolean ready() {
        return current.get() != null && !lastReloadFailed;
    }

    /** Reads the corpus and swaps the new snapshot in; on failure the previous snapshot stays. */
    public synchronized KnowledgeSnapshot reload(Consumer<String> progress) {
        long start = System.nanoTime();
        try {
            KnowledgeSnapshot snapshot = KnowledgeSnapshot.build(corpus, progress);
            // The old snapshot is not closed: requests may still be reading it; it lives in memory and the GC frees it.
            current.set(snapshot);
            lastReloadFailed = false;
            LOG.info("indexed {} documents, {} passages, {} units in {} ms", snapshot.documents().size(),
                    snapshot.passages().size(), snapshot.units().units().size(), (System.nanoTime() - start) / 1_000_000);
            return snapshot;
        } catch (RuntimeException e) {
            lastReloadFailed = true;
            LOG.error("re-index of the corpus failed; keeping the previous index", e);
            throw e;
        }
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
