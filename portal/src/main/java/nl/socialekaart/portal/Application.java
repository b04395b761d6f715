package nl.socialekaart.portal;

import io.micronaut.runtime.Micronaut;

/** Runs the portal against services that are already configured (see the launcher for the embedded default). */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
