package nl.socialekaart.directory.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.DirectoryConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the demo gemeenten on startup in the {@code demo} environment. Idempotent: what is already
 * there, including edits made since, is left alone; only missing entries are added.
 */
@Singleton
@Requires(env = "demo")
public class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DirectoryConfiguration configuration;
    private final ResourceResolver resources;
    private final JsonMapper jsonMapper;
    private final DemoGemeenteWriter writer;
    private final DemoGebruikers gebruikers;

    public DemoDataLoader(DirectoryConfiguration configuration, ResourceResolver resources, JsonMapper jsonMapper,
                          DemoGemeenteWriter writer, DemoGebruikers gebruikers) {
        this.configuration = configuration;
        this.resources = resources;
        this.jsonMapper = jsonMapper;
        this.writer = writer;
        this.gebruikers = gebruikers;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        for (String bestand : configuration.demoBestanden()) {
            int toegevoegd = writer.schrijf(lees(bestand));
            LOG.info("Demodata {}: {} voorzieningen toegevoegd", bestand, toegevoegd);
        }
        gebruikers.zorgVoorAccounts();
    }

    private DemoGemeente lees(String bestand) {
        try (InputStream in = resources.getResourceAsStream("classpath:" + bestand)
                .orElseThrow(() -> new IllegalStateException("Demodata niet gevonden: " + bestand))) {
            return jsonMapper.readValue(in, DemoGemeente.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Demodata onleesbaar: " + bestand, e);
        }
    }
}
