package nl.socialekaart.ops.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartOptiesTest {

    @Test
    void defaultsToEmbeddedServicesWithDemoDataKeptInWork() {
        StartOpties opties = StartOpties.lees(new String[0], Map.of(), new Properties());

        assertEquals(Path.of("work"), opties.werkmap());
        assertFalse(opties.schoon());
        assertTrue(opties.demo());
        assertFalse(opties.externePostgres());
        assertFalse(opties.externeElasticsearch());
    }

    @Test
    void externalDatabaseFromEnvironmentAndClusterFromArgumentAreNotStartedEmbedded() {
        StartOpties opties = StartOpties.lees(
                new String[]{"--schoon", "--zonder-demo", "--sociale-kaart.elasticsearch.url=https://es:9200"},
                Map.of("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://db/sk"), new Properties());

        assertTrue(opties.schoon());
        assertFalse(opties.demo());
        assertTrue(opties.externePostgres());
        assertTrue(opties.externeElasticsearch());
        assertArrayEquals(new String[]{"--sociale-kaart.elasticsearch.url=https://es:9200"}, opties.micronautArgumenten());
    }
}
