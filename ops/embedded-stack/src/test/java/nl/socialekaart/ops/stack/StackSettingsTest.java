package nl.socialekaart.ops.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StackSettingsTest {

    @Test
    void defaultsStartBothKeepDataAndCacheInUserHome() {
        StackSettings settings = StackSettings.defaults(Path.of("work"));

        assertEquals(Path.of("work").toAbsolutePath(), settings.workDir());
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "sociale-kaart"), settings.cacheDir());
        assertFalse(settings.clean());
        assertTrue(settings.startPostgres());
        assertTrue(settings.startElasticsearch());
        assertEquals(512, settings.elasticsearchHeapMb());
        assertTrue(settings.durable(), "the launcher's data must survive a crash");
    }

    @Test
    void withersChangeOneComponent() {
        StackSettings settings = StackSettings.defaults(Path.of("/w")).withClean(true).withElasticsearch(false)
                .withElasticsearchHeapMb(256);

        assertTrue(settings.clean());
        assertTrue(settings.startPostgres());
        assertFalse(settings.startElasticsearch());
        assertEquals(256, settings.elasticsearchHeapMb());
    }

    @Test
    void rejectsATinyHeap() {
        assertThrows(IllegalArgumentException.class,
                () -> StackSettings.defaults(Path.of("/w")).withElasticsearchHeapMb(64));
    }

    @Test
    void sharedTestStackIsCleanWithBothServices() {
        StackSettings settings = SharedTestStack.settings();
        assertFalse(settings.durable(), "throwaway test data: fsync off");

        assertTrue(settings.clean());
        assertTrue(settings.startPostgres());
        assertTrue(settings.startElasticsearch());
    }
}
