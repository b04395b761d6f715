package nl.socialekaart.directory.testdata;

import io.micronaut.context.ApplicationContext;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * An application context for unit tests, without the "test" environment (whose datasource is for the
 * integration tests). Outside demo and test the application refuses to start without a referral key, so
 * this gives it a throwaway one.
 */
public final class ZonderTestomgeving {

    private ZonderTestomgeving() {
    }

    public static ApplicationContext start(Map<String, Object> eigenschappen) {
        Map<String, Object> alles = new HashMap<>(eigenschappen);
        alles.put("sociale-kaart.verwijzing.sleutel", Base64.getEncoder().encodeToString(new byte[32]));
        return ApplicationContext.builder().deduceEnvironment(false).properties(alles).start();
    }
}
