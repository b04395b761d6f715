package nl.socialekaart.ops.benchmarks;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.socialekaart.ops.stack.EmbeddedStack;
import nl.socialekaart.portal.Application;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The portal as the benchmarks run it: on the embedded stack, on 127.0.0.1 and a free port, closed before the
 * stack. Not the demo environment (the benchmarks load their own data), so it needs a referral key of its own.
 */
final class BenchmarkPortaal {

    private BenchmarkPortaal() {
    }

    /** The started portal context; its {@link EmbeddedServer} is already serving. */
    static ApplicationContext start(EmbeddedStack stack, int poort, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(stack.applicationProperties());
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("micronaut.server.port", poort);
        byte[] sleutel = new byte[32];
        new SecureRandom().nextBytes(sleutel);
        properties.put("sociale-kaart.verwijzing.sleutel", Base64.getEncoder().encodeToString(sleutel));
        properties.putAll(extra);
        ApplicationContext portal = ApplicationContext.builder().mainClass(Application.class).properties(properties).start();
        stack.closeFirst(portal);
        portal.getBean(EmbeddedServer.class).start();
        return portal;
    }
}
