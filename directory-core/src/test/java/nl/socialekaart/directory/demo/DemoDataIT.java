package nl.socialekaart.directory.demo;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIT implements MetEmbeddedStack {

    @Inject VoorzieningRepository voorzieningen;
    @Inject KernRepository kernen;
    @Inject DemoGemeenteWriter writer;
    @Inject JsonMapper jsonMapper;

    @Test
    void demoProfileLoadsAtLeast150PublishedVoorzieningen() {
        assertTrue(voorzieningen.countByStatus(Status.GEPUBLICEERD) >= 150,
                "gepubliceerd: " + voorzieningen.countByStatus(Status.GEPUBLICEERD));
    }

    @Test
    void lingewaardHasItsSevenKernen() {
        for (String kern : List.of("huissen", "bemmel", "haalderen", "ressen", "gendt", "angeren", "doornenburg")) {
            assertTrue(kernen.findBySlug(kern).isPresent(), kern);
        }
    }

    @Test
    void loadingAgainAddsNothing() throws IOException {
        long voor = voorzieningen.count();
        try (InputStream in = getClass().getResourceAsStream("/demo/lingewaard.json")) {
            assertEquals(0, writer.schrijf(jsonMapper.readValue(in, DemoGemeente.class)));
        }
        assertEquals(voor, voorzieningen.count());
    }
}
