package dk.hrassistenten.knowledge.source.web;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness towards a web site: one request at a time per host, with a pause between the end of one and the start
 * of the next. Shared by every web source of the process ({@link #PROCESS}), so that two sources on the same site
 * take turns rather than doubling the load. Thread-safe.
 */
final class HostPacer {

    /** The one pacer of the process. */
    static final HostPacer PROCESS = new HostPacer();

    /** A request to a host; may throw as the network does. */
    interface Request<T> {
        T send() throws IOException;
    }

    private static final class Host {
        final ReentrantLock turn = new ReentrantLock(true);
        long lastEnd = Long.MIN_VALUE;
    }

    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /**
     * Sends the request when it is the host's turn: after any request in progress to it has ended and {@code delay} has
     * passed since.
     *
     * @throws InterruptedIOException when the thread is interrupted while it waits
     */
    <T> T paced(String host, Duration delay, Request<T> request) throws IOException {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        try {
            h.turn.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to request " + host);
        }
        try {
            if (h.lastEnd != Long.MIN_VALUE) {
                long wait = h.lastEnd + delay.toNanos() - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            return request.send();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while pausing between requests to " + host);
        } finally {
            h.lastEnd = System.nanoTime();
            h.turn.unlock();
        }
    }
}
