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
 * Whether the store can be reached, for {@code /readyz}. The database is asked on a thread of its own and waited
 * for briefly, so that a probe never hangs on a dead database (it may take seconds to time out), and it is
 * asked one question at a time however often probes come. Going unreachable is logged once as an error, coming
 * back once. Thread-safe.
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
    private boolean reachable = true;

    StoreCheck(Database database) {
        this.database = database;
    }

    /** Why the store cannot be reached now, for a person to read; empty when it answers. */
    Optional<String> unreachable() {
        CompletableFuture<Optional<String>> check;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = CompletableFuture.supplyAsync(database::unreachable, executor);
            }
            check = running;
        }
        Optional<String> result;
        try {
            result = check.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result = Optional.of("the database did not answer within " + WAIT.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = Optional.of("the check was interrupted");
        } catch (ExecutionException e) {
            result = Optional.of("the database check failed (" + e.getCause().getClass().getSimpleName() + ")");
        }
        logChange(result);
        return result;
    }

    private synchronized void logChange(Optional<String> problem) {
        if (reachable && problem.isPresent()) {
            LOG.error("the store cannot be reached: {}", problem.get());
        } else if (!reachable && problem.isEmpty()) {
            LOG.info("the store can be reached again");
        }
        reachable = problem.isEmpty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
