package nl.socialekaart.ops.stack;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RootCheckTest {

    @Test
    void refusesUidZeroWithAMessageThatSaysWhyAndWhatToDo() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RootCheck.requireNotRoot(0));

        assertTrue(e.getMessage().contains("PostgreSQL and Elasticsearch refuse to run as root"), e.getMessage());
        assertTrue(e.getMessage().contains("sudo -u someuser"), e.getMessage());
        assertTrue(e.getMessage().contains("external PostgreSQL"), e.getMessage());
        assertTrue(e.getMessage().contains("datasources.default.url"), e.getMessage());
        assertTrue(e.getMessage().contains("sociale-kaart.elasticsearch.url"), e.getMessage());
    }

    @Test
    void acceptsANormalUser() {
        assertDoesNotThrow(() -> RootCheck.requireNotRoot(1000));
    }

    @Test
    void findsTheUidOfThisProcess() {
        assertTrue(RootCheck.currentUid().isPresent());
    }
}
