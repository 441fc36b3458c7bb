package dk.hrassistenten.knowledge.source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources the documents come from, each fetched on its own schedule, and what each gave last: the documents of
 * its last good fetch. A source that fails keeps those, is reported ({@link #statuses()}, the log), and never stops
 * the others. Thread-safe.
 *
 * <p>After {@link #start(Runnable)}, each source is fetched again when its interval is up, or {@link #SETTLE} after
 * it signals a change (a folder's file events, collected so that copying a folder of files fetches once); when a
 * fetch changed the source's documents, the listener is told, once for changes that come while it runs.
 */
public final class SourceSet implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SourceSet.class);
    /** How long a change signal waits for the rest of a burst (a folder being copied) before the source is fetched. */
    public static final Duration SETTLE = Duration.ofMillis(700);
    /** Fetches of different sources run side by side up to this many; a slow web site does not hold up a folder. */
    private static final int MAX_PARALLEL_FETCHES = 4;

    /** One source with the kind the sources file gave it (folder, web, sharepoint). */
    public record Member(String kind, DocumentSource source) {
        public Member {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * The documents of all sources together, each path once (the first source listed keeps a path two give), and
     * what the sources left out.
     */
    public record Union(List<FetchedDocument> documents, List<String> warnings) {
        public Union {
            documents = List.copyOf(documents);
            warnings = List.copyOf(warnings);
        }
    }

    private final List<Runner> runners;
    private final Clock clock;
    private final AtomicBoolean changePending = new AtomicBoolean();
    private volatile ScheduledExecutorService fetches;
    private ExecutorService notices;
    private Runnable listener;

    /**
     * @throws IllegalArgumentException when two sources have the same name, or there are none
     */
    public SourceSet(List<Member> members, Clock clock) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one source");
        }
        Set<String> names = new HashSet<>();
        for (Member m : members) {
            if (!names.add(m.source().name())) {
                throw new IllegalArgumentException("two sources are named \"" + m.source().name() + "\"");
            }
        }
        this.runners = members.stream().map(Runner::new).toList();
        this.clock = clock;
    }

    /** The one folder of {@code --corpus}. */
    public static SourceSet ofFolder(Path corpus) {
        return new SourceSet(List.of(new Member("folder", FolderSource.corpus(corpus))), Clock.systemUTC());
    }

    /**
     * Fetches every source now, one after the other (the first build, a reload). A failing source is reported and
     * keeps its documents; this never throws for it.
     */
    public void fetchAll(Consumer<String> progress) {
        for (Runner r : runners) {
            r.fetch(progress);
        }
    }

    /** The documents of every source's last good fetch, in the order the sources are listed. */
    public Union union() {
        List<FetchedDocument> documents = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (Runner r : runners) {
            warnings.addAll(r.warnings);
            for (FetchedDocument d : r.documents) {
                String owner = owners.putIfAbsent(d.text().path(), r.name());
                if (owner == null) {
                    documents.add(d);
                } else {
                    warnings.add(d.text().path() + ": source " + r.name() + " has it too; the one from " + owner + " is used");
                }
            }
        }
        return new Union(documents, warnings);
    }

    /** Every source's status, in the order the sources are listed. */
    public List<SourceStatus> statuses() {
        return runners.stream().map(r -> r.status).toList();
    }

    /**
     * Starts fetching each source on its schedule and watching those that can tell of changes. {@code changed} is
     * told on a thread of its own whenever a fetch changed the documents; calls never overlap.
     */
    public synchronized void start(Runnable changed) {
        if (fetches != null) {
            return;
        }
        listener = changed;
        fetches = Executors.newScheduledThreadPool(Math.min(runners.size(), MAX_PARALLEL_FETCHES), daemon("source-fetch"));
        notices = Executors.newSingleThreadExecutor(daemon("source-changed"));
        for (Runner r : runners) {
            r.scheduleIn(r.member.source().interval());
            try {
                r.member.source().watch(r::signal);
            } catch (IOException | RuntimeException e) {
                LOG.warn("source {}: cannot watch for changes ({}); it is fetched every {}", r.name(), e.getMessage(), r.member.source().interval());
            }
        }
    }

    private void tellChanged() {
        if (changePending.compareAndSet(false, true)) {
            notices.execute(() -> {
                changePending.set(false); // a change while the listener runs tells it again afterwards
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.error("re-indexing after a source changed failed", e);
                }
            });
        }
    }

    /** Stops fetching and closes every source. */
    @Override
    public synchronized void close() {
        if (fetches != null) {
            fetches.shutdownNow();
            notices.shutdownNow();
        }
        for (Runner r : runners) {
            try {
                r.member.source().close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("source {}: closing failed ({})", r.name(), e.getMessage());
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** One source, what it gave last, and its next fetch. */
    private final class Runner {
        final Member member;
        /** The last good fetch; replaced whole, read by any thread. */
        volatile List<FetchedDocument> documents = List.of();
        volatile List<String> warnings = List.of();
        volatile SourceStatus status;
        /** A source is fetched by one thread at a time (DocumentSource's contract). */
        private final Object fetching = new Object();
        /** Guarded by this runner. */
        private ScheduledFuture<?> next;
        private boolean signalled;

        Runner(Member member) {
            this.member = member;
            this.status = SourceStatus.waiting(member.source().name(), member.kind());
        }

        String name() {
            return member.source().name();
        }

        /** @return whether the documents changed */
        boolean fetch(Consumer<String> progress) {
            synchronized (fetching) {
                synchronized (this) {
                    signalled = false; // a signal from now on may be a change this fetch does not see
                }
                try {
                    FetchedDocuments fetched = member.source().fetch(progress);
                    boolean changed = !fetched.documents().equals(documents);
                    if (status.failing()) {
                        LOG.info("source {} ({}) reads again: {} documents", name(), member.kind(), fetched.documents().size());
                    }
                    documents = fetched.documents();
                    warnings = fetched.warnings();
                    status = status.succeeded(documents.size(), warnings.size(), clock.instant());
                    return changed;
                } catch (IOException | RuntimeException e) {
                    String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
                    boolean already = status.failing();
                    status = status.failed(why);
                    if (e instanceof RuntimeException) {
                        LOG.error("source {} ({}) failing: {}; its last {} documents keep answering", name(), member.kind(), why, documents.size(), e);
                    } else if (already) {
                        LOG.warn("source {} ({}) still failing: {}; its last {} documents keep answering", name(), member.kind(), why, documents.size());
                    } else {
                        LOG.error("source {} ({}) failing: {}; its last {} documents keep answering", name(), member.kind(), why, documents.size());
                    }
                    return false;
                }
            }
        }

        /** Fetches on the schedule, then plans the next fetch unless a signal has planned an earlier one. */
        void fetchScheduled() {
            boolean changed = fetch(p -> { });
            synchronized (this) {
                if (!signalled) {
                    scheduleIn(member.source().interval());
                }
            }
            if (changed) {
                tellChanged();
            }
        }

        /** The source says it changed: fetch it soon, once for a burst of signals. */
        synchronized void signal() {
            if (!signalled) {
                signalled = true;
                scheduleIn(SETTLE);
            }
        }

        synchronized void scheduleIn(Duration delay) {
            if (next != null) {
                next.cancel(false); // a running fetch is not interrupted; it plans its successor when done
            }
            try {
                next = fetches.schedule(this::fetchScheduled, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // closed: nothing more is fetched
            }
        }
    }
}
