package dk.hrassistenten.knowledge.cache;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A memo for a pure function (same key, same value, no side effects), shared by the threads that answer questions.
 * Bounded: when it holds {@code limit} entries it is emptied and refills with what is asked next, so a long-running
 * service or a huge corpus cannot fill the heap, and no entry can go stale (the function never changes). Two
 * threads asking for the same missing key may both compute it; either value is the same. Values must not be null.
 */
public final class BoundedCache<K, V> {

    private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();
    private final int limit;

    public BoundedCache(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
    }

    /** The value for the key, computed by {@code compute} (which must be pure) the first time it is asked for. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        // Computed outside the map's locks: compute may itself use (other) caches, and may take a while.
        V computed = Objects.requireNonNull(compute.apply(key));
        if (entries.size() >= limit) {
            entries.clear();
        }
        entries.put(key, computed);
        return computed;
    }

    public int size() {
        return entries.size();
    }
}
