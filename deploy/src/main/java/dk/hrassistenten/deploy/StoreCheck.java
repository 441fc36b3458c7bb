package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.store.Database;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the store can be reached, for {@code /readyz}. The database is asked on a thread of its own, one
 * question at a time however often probes come, and waited for briefly, so that a probe never hangs on a dead
 * database (the pool's own timeout is seconds). A question still open after the wait is answered with the last
 * answer the database gave, so a slow first migration is no alarm and a dead database shows at the next probe
 * after its timeout. Going unreachable is logged once as an error, coming back once. Thread-safe.
 */
final class StoreCheck implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreCheck.class);
    /** Well inside the one second Kubernetes gives a probe by default. */
    static final Duration WAIT = Duration.ofMillis(700);

    private final Database database;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "store-check");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Optional<String>> running;
    /** The database's last answer; null before it gave one. */
    private Optional<String> last;

    StoreCheck(Database database) {
        this.database = database;
    }

    /**
     * At start there is time to wait for the database's own answer (its connection timeout), so that an unreachable
     * store is in the log before the service says it listens.
     */
    static final Duration START_WAIT = Duration.ofSeconds(6);

    /** Why the store cannot be reached, for a person to read; empty when it answers. */
    Optional<String> unreachable() {
        return unreachable(WAIT);
    }

    /** As {@link #unreachable()}, waiting at most {@code wait} for the database's answer. */
    Optional<String> unreachable(Duration wait) {
        CompletableFuture<Optional<String>> check;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = CompletableFuture.supplyAsync(database::unreachable, executor).whenComplete((answer, failure) -> {
                    if (answer != null) {
                        answered(answer);
                    }
                });
            }
            check = running;
        }
        try {
            return check.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            synchronized (this) {
                return last != null ? last : Optional.of("not known yet: the database has not answered its first check");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("not known: the check was interrupted");
        } catch (ExecutionException e) {
            return Optional.of("the database check failed (" + e.getCause().getClass().getSimpleName() + ")");
        }
    }

    private synchronized void answered(Optional<String> problem) {
        boolean wasReachable = last == null || last.isEmpty();
        if (wasReachable && problem.isPresent()) {
            LOG.error("the store cannot be reached: {}", problem.get());
        } else if (!wasReachable && problem.isEmpty()) {
            LOG.info("the store can be reached again");
        }
        last = problem;
    }

    /** Stops asking; a question still open is not interrupted (a database interrupted mid-write may suffer), it ends by its timeout. */
    @Override
    public void close() {
        executor.shutdown();
    }
}
