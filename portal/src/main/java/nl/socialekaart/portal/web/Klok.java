package nl.socialekaart.portal.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The clock behind "nu open": one bean, so a test can replace it with a fixed one. */
@Factory
public class Klok {

    @Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }
}
