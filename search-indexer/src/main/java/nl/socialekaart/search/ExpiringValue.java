package nl.socialekaart.search;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A value loaded on first use and loaded again once it is older than a maximum age, or while it is still empty
 * (so data that arrives after start-up shows at once). For short lists that change rarely and are read on every
 * request, like kern and thema names. Two threads may load at the same time; the last load wins, which is harmless.
 */
public final class ExpiringValue<T> {

    private final Duration maxAge;
    private final Supplier<T> loader;
    private final Predicate<T> empty;
    private volatile Loaded<T> loaded;

    public ExpiringValue(Duration maxAge, Supplier<T> loader, Predicate<T> empty) {
        this.maxAge = maxAge;
        this.loader = loader;
        this.empty = empty;
    }

    public T get() {
        Loaded<T> current = loaded;
        if (current == null || System.nanoTime() - current.at() > maxAge.toNanos() || empty.test(current.value())) {
            current = new Loaded<>(loader.get(), System.nanoTime());
            loaded = current;
        }
        return current.value();
    }

    private record Loaded<T>(T value, long at) {
    }
}
