package nl.socialekaart.search;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExpiringValueTest {

    @Test
    void loadsOnceWhileFresh() {
        AtomicInteger ladingen = new AtomicInteger();
        ExpiringValue<List<String>> waarde = new ExpiringValue<>(Duration.ofMinutes(1),
                () -> List.of("lading " + ladingen.incrementAndGet()), List::isEmpty);

        assertEquals(List.of("lading 1"), waarde.get());
        assertEquals(List.of("lading 1"), waarde.get());
        assertEquals(1, ladingen.get());
    }

    @Test
    void loadsAgainWhenOldOrStillEmpty() {
        AtomicInteger ladingen = new AtomicInteger();
        ExpiringValue<Integer> oud = new ExpiringValue<>(Duration.ZERO, ladingen::incrementAndGet, n -> false);
        oud.get();
        oud.get();
        assertEquals(2, ladingen.get());

        AtomicInteger leeg = new AtomicInteger();
        ExpiringValue<List<String>> nogLeeg = new ExpiringValue<>(Duration.ofMinutes(1),
                () -> leeg.incrementAndGet() < 3 ? List.of() : List.of("er"), List::isEmpty);
        nogLeeg.get();
        nogLeeg.get();
        assertEquals(List.of("er"), nogLeeg.get());
        assertEquals(List.of("er"), nogLeeg.get());
        assertEquals(3, leeg.get());
    }
}
