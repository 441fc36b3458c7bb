package dk.hrassistenten.knowledge.source;

import dk.hrassistenten.knowledge.document.Sidecar;
import dk.hrassistenten.knowledge.ingest.CorpusFolder;
import dk.hrassistenten.knowledge.ingest.CorpusReader;
import dk.hrassistenten.knowledge.ingest.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of documents, read recursively by {@link CorpusReader} under its rules (nothing whose real path lies
 * outside the folder, no file above its size limit), each document with its sidecar metadata. It is watched for
 * file events and also rescanned on its interval, because a network volume (NFS, SMB, a Kubernetes volume written
 * from elsewhere) sends no events; a rescan reads again only the files whose size or modification time changed.
 *
 * <p>Documents are cited by their path relative to the folder, after {@code citePrefix} and a '/' when one is given
 * (the sources file gives one when it lists several folders, so that two folders' {@code ferie.md} stay apart).
 */
public final class FolderSource implements DocumentSource {

    private static final Logger LOG = LoggerFactory.getLogger(FolderSource.class);
    /** Often enough that a change on a network volume is searchable within minutes, rarely enough to cost nothing. */
    public static final Duration DEFAULT_RESCAN = Duration.ofMinutes(5);

    private final String name;
    private final Path folder;
    private final Duration rescan;
    private final String citePrefix;
    private final CorpusReader reader = new CorpusReader();
    /** What the last fetch read, by path relative to the folder; touched by the fetching thread alone. */
    private Map<String, FileRead> lastRead = Map.of();
    private WatchService watcher;
    private Thread watchThread;
    private WatchKey rootKey;

    /** A file as it was read: changed when its size or modification time differs. */
    private record FileRead(long modifiedMillis, long size, SourceText text) {
    }

    /**
     * @param citePrefix put before every document's relative path, with a '/'; empty for none
     */
    public FolderSource(String name, Path folder, Duration rescan, String citePrefix) {
        this.name = Objects.requireNonNull(name, "name");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.rescan = Objects.requireNonNull(rescan, "rescan");
        this.citePrefix = citePrefix.isEmpty() ? "" : citePrefix + "/";
        if (rescan.isNegative() || rescan.isZero()) {
            throw new IllegalArgumentException("a folder's rescan interval must be positive");
        }
    }

    /** The one folder of {@code --corpus}: named "corpus", its documents cited by their path in it. */
    public static FolderSource corpus(Path folder) {
        return new FolderSource("corpus", folder, DEFAULT_RESCAN, "");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration interval() {
        return rescan;
    }

    /**
     * @throws IOException when the folder is gone, cannot be resolved or cannot be listed (a volume not mounted);
     *                     the message names no path, the log does
     */
    @Override
    public FetchedDocuments fetch(Consumer<String> progress) throws IOException {
        CorpusFolder corpus;
        CorpusReader.Result read;
        Map<String, FileRead> reads = new HashMap<>();
        try {
            corpus = CorpusFolder.of(folder);
            read = reader.read(corpus, progress, (file, relative) -> readChanged(file, relative, reads));
        } catch (UncheckedIOException e) {
            LOG.warn("folder source {}: {} cannot be read ({})", name, folder.toAbsolutePath(), e.getCause().toString());
            throw new IOException("the folder cannot be read (not mounted, removed, or no permission)", e);
        }
        lastRead = reads;
        rewatchIfGone(corpus);
        List<String> warnings = new ArrayList<>();
        read.warnings().forEach(w -> warnings.add(citePrefix + w));
        List<FetchedDocument> documents = new ArrayList<>();
        for (SourceText text : read.documents()) {
            Map<String, String> metadata;
            try {
                metadata = Sidecar.forDocument(corpus, text.path());
            } catch (IOException e) {
                warnings.add(citePrefix + text.path() + ": sidecar unreadable (" + e.getMessage() + "), ignored");
                metadata = Map.of();
            }
            SourceText cited = citePrefix.isEmpty() ? text : new SourceText(citePrefix + text.path(), text.text(), text.lastModifiedMillis());
            documents.add(new FetchedDocument(cited, metadata));
        }
        return new FetchedDocuments(documents, warnings);
    }

    /** The text of the last fetch when the file's size and modification time are as they were, else the file read now. */
    private Optional<SourceText> readChanged(Path file, String relative, Map<String, FileRead> reads) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long modified = attributes.lastModifiedTime().toMillis();
        FileRead before = lastRead.get(relative);
        if (before != null && before.modifiedMillis() == modified && before.size() == attributes.size()) {
            reads.put(relative, before);
            return Optional.of(before.text());
        }
        Optional<SourceText> text = reader.readOne(file, relative);
        text.ifPresent(t -> reads.put(relative, new FileRead(modified, attributes.size(), t)));
        return text;
    }

    /** Starts watching the folder and its sub-folders; {@code changed} is told on the watcher's own thread. */
    @Override
    public synchronized void watch(Runnable changed) throws IOException {
        if (watcher != null) {
            return;
        }
        CorpusFolder corpus;
        try {
            corpus = CorpusFolder.of(folder);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        watcher = FileSystems.getDefault().newWatchService();
        registerTree(corpus.root());
        watchThread = new Thread(() -> watchLoop(corpus.root(), changed), "folder-watcher-" + name);
        watchThread.setDaemon(true);
        watchThread.start();
    }

    private void watchLoop(Path root, Runnable changed) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                boolean any = !key.pollEvents().isEmpty();
                key.reset();
                if (any) {
                    registerTree(root); // new sub-folders
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The rescan still finds every change, only later.
            LOG.warn("folder source {}: stopped watching ({}); changes are found by the rescan every {}", name, e.getMessage(), rescan);
        }
    }

    /** A folder removed and created again (a volume remounted) is watched again once it can be read. */
    private synchronized void rewatchIfGone(CorpusFolder corpus) {
        if (watcher != null && (rootKey == null || !rootKey.isValid())) {
            try {
                registerTree(corpus.root());
            } catch (IOException | ClosedWatchServiceException e) {
                LOG.debug("folder source {}: cannot watch again ({})", name, e.toString());
            }
        }
    }

    private synchronized void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                WatchKey key = dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                if (dir.equals(root)) {
                    rootKey = key;
                }
                return FileVisitResult.CONTINUE;
            }
        });
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
